package io.qgate.telemetry.envelope;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The highest accepted sequence per device: an authentic record whose sequence is not above it is a
 * replay (an attacker re-publishing a captured record, or a gateway bug). Sequences of one device
 * only grow ({@link DeviceSequences}), and Kafka keeps a device's records in order when the record
 * key is the device id (one partition) and the producer is idempotent.
 *
 * <p>Two steps, so that a record whose handler fails can be delivered again: {@link #isFresh}
 * before handing it over, {@link #accept} after the handler returned. Redelivery of a record
 * already handled (the same partition and offset after a rebalance or broker restart) must be
 * recognised by its offset before this guard sees it: to this guard it looks like a replay.
 *
 * <p>Not thread-safe: one per consumer loop. In memory: a consumer that restarts starts empty, so
 * replays across a consumer restart are not detected (the offsets it resumes from are).
 */
public final class ReplayGuard {

  private final Map<String, Long> highest = new HashMap<>();

  /** True if {@code sequence} is above every sequence accepted from {@code deviceId}. */
  public boolean isFresh(String deviceId, long sequence) {
    Long seen = highest.get(deviceId);
    return seen == null || sequence > seen;
  }

  /** Records {@code sequence} as accepted. */
  public void accept(String deviceId, long sequence) {
    highest.merge(deviceId, sequence, Math::max);
  }

  /** The highest accepted sequence of the device, if any. */
  public OptionalLong highest(String deviceId) {
    Long seen = highest.get(deviceId);
    return seen == null ? OptionalLong.empty() : OptionalLong.of(seen);
  }
}
