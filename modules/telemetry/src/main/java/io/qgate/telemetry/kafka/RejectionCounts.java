package io.qgate.telemetry.kafka;

import io.qgate.telemetry.envelope.RejectReason;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rejected records per reason, for metrics: every dead-lettered record is counted once, after the
 * dead-letter topic acknowledged it. Thread-safe; readers see each count as of its read.
 */
public final class RejectionCounts {

  private final Map<RejectReason, LongAdder> counts = new EnumMap<>(RejectReason.class);

  public RejectionCounts() {
    for (RejectReason reason : RejectReason.values()) {
      counts.put(reason, new LongAdder());
    }
  }

  void increment(RejectReason reason) {
    counts.get(reason).increment();
  }

  /** Records rejected for {@code reason} so far. */
  public long count(RejectReason reason) {
    return counts.get(reason).sum();
  }

  /** All reasons, zeros included. */
  public Map<RejectReason, Long> snapshot() {
    Map<RejectReason, Long> snapshot = new EnumMap<>(RejectReason.class);
    counts.forEach((reason, count) -> snapshot.put(reason, count.sum()));
    return snapshot;
  }

  public long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  @Override
  public String toString() {
    return "RejectionCounts" + snapshot();
  }
}
