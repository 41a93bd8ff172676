package io.qgate.benchpipeline;

import java.time.Instant;

/**
 * Wall-clock time derived from {@link System#nanoTime()} and one anchor taken at start. Producers
 * stamp records and consumers compute latency with the same clock in the same JVM, so an NTP step
 * during the run cannot show up as latency, and readings have microsecond rather than the
 * millisecond resolution of {@link System#currentTimeMillis()}.
 */
public final class BenchClock {

  private final long anchorEpochMicros;
  private final long anchorNanos;

  public BenchClock(long anchorEpochMicros, long anchorNanos) {
    this.anchorEpochMicros = anchorEpochMicros;
    this.anchorNanos = anchorNanos;
  }

  /** Anchored now. */
  public static BenchClock system() {
    Instant now = Instant.now();
    long nanos = System.nanoTime();
    return new BenchClock(now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000, nanos);
  }

  /** The wall-clock time of a {@link System#nanoTime()} reading, in microseconds since 1970. */
  public long epochMicros(long nanoTime) {
    return anchorEpochMicros + Math.floorDiv(nanoTime - anchorNanos, 1_000L);
  }

  /** The same in milliseconds (rounded down): a Kafka record timestamp. */
  public long epochMillis(long nanoTime) {
    return Math.floorDiv(epochMicros(nanoTime), 1_000L);
  }

  /** Now, in microseconds since 1970. */
  public long nowMicros() {
    return epochMicros(System.nanoTime());
  }
}
