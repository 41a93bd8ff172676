package io.qgate.benchpipeline;

import io.qgate.devstack.bench.LatencyRecorder;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The last stage of both modes, on one consumer thread: the domain check ({@code
 * GridMonitor.inspect}, as the platform's DomainConsumer calls it) and the end-to-end latency of
 * the frame, now minus the record timestamp the producer set to the frame's due time. The record
 * timestamp has millisecond resolution, so latencies read up to 1 ms high (0.5 ms on average).
 *
 * <p>Counters other threads read for progress are atomic; the latency recorder is read once this
 * thread has finished.
 */
final class FrameChecker {

  private final TelemetryMonitor monitor;
  private final LongSupplier nowMicros;
  private volatile MeasuredWindow window;
  private final LatencyRecorder latencies = new LatencyRecorder();
  final AtomicLong checked = new AtomicLong();
  final AtomicLong checkedInWindow = new AtomicLong();
  final AtomicLong malformed = new AtomicLong();
  final AtomicLong alerts = new AtomicLong();

  /**
   * @param nowMicros the wall clock in microseconds since 1970, the producers' ({@link BenchClock})
   */
  FrameChecker(TelemetryMonitor monitor, LongSupplier nowMicros) {
    this.monitor = monitor;
    this.nowMicros = nowMicros;
  }

  /** Sets the window once the schedule is known; frames checked before count in totals only. */
  void measure(MeasuredWindow measured) {
    this.window = measured;
  }

  /** Checks one opened (or plain) frame whose record carries {@code timestampMillis}. */
  void check(String deviceId, long timestampMillis, byte[] payload) {
    try {
      alerts.addAndGet(
          monitor.inspect(deviceId, Instant.ofEpochMilli(timestampMillis), payload).size());
    } catch (MalformedReadingException e) {
      malformed.incrementAndGet();
    }
    long now = nowMicros.getAsLong();
    checked.incrementAndGet();
    MeasuredWindow window = this.window;
    if (window == null) {
      return;
    }
    if (window.contains(now)) {
      checkedInWindow.incrementAndGet();
    }
    long sentMicros = timestampMillis * 1_000L;
    if (window.contains(sentMicros)) {
      latencies.record(Math.max(0, now - sentMicros) * 1_000L);
    }
  }

  /** Latencies (ns) of frames due in the window; read after the consumer thread finished. */
  LatencyRecorder latencies() {
    return latencies;
  }
}
