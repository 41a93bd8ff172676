package io.qgate.telemetry.keys;

import java.time.Duration;
import java.time.Instant;

/**
 * When device keys rotate: at every multiple of {@code period} since the Unix epoch
 * (1970-01-01T00:00:00Z), and within a period after every {@code maxUsesPerEpoch} uses. The epoch
 * is a pure function of (time, uses), so a gateway and a consumer that see the same message agree
 * on it without talking: time is the timestamp the gateway puts on the message (not the reader's
 * clock) and uses is the message's 0-based sequence number within its period.
 *
 * <p>For time t and uses u: {@code period = ⌊(t − 1970-01-01T00:00Z) / period⌋} and {@code
 * generation = ⌊u / maxUsesPerEpoch⌋}. A time exactly on a period boundary belongs to the new
 * period; use number {@code maxUsesPerEpoch} (the first beyond the limit) starts generation 1.
 *
 * @param period rotation period of the clock, positive (policy: maximum key age)
 * @param maxUsesPerEpoch uses of one key before it rotates, at least 1 (policy: maximum messages
 *     per key); {@link Long#MAX_VALUE} for rotation by time only
 */
public record EpochSchedule(Duration period, long maxUsesPerEpoch) {

  /** The instant period 0 begins. */
  public static final Instant ORIGIN = Instant.EPOCH;

  public EpochSchedule {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period " + period + " must be positive");
    }
    if (maxUsesPerEpoch < 1) {
      throw new IllegalArgumentException(
          "maxUsesPerEpoch " + maxUsesPerEpoch + " must be at least 1");
    }
  }

  /** Rotation by time only. */
  public static EpochSchedule timeOnly(Duration period) {
    return new EpochSchedule(period, Long.MAX_VALUE);
  }

  /**
   * The epoch of the key for the use number {@code usesInPeriod} (0-based) at {@code time}.
   *
   * @throws IllegalArgumentException if {@code time} is before 1970 or {@code usesInPeriod} is
   *     negative
   */
  public Epoch epochAt(Instant time, long usesInPeriod) {
    if (usesInPeriod < 0) {
      throw new IllegalArgumentException("uses " + usesInPeriod + " must not be negative");
    }
    return new Epoch(periodAt(time), usesInPeriod / maxUsesPerEpoch);
  }

  /** The index of the period containing {@code time}. */
  public long periodAt(Instant time) {
    if (time.isBefore(ORIGIN)) {
      throw new IllegalArgumentException(time + " is before " + ORIGIN);
    }
    return Duration.between(ORIGIN, time).dividedBy(period);
  }

  /** The first instant of period {@code index}. */
  public Instant periodStart(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("period index " + index + " must not be negative");
    }
    return ORIGIN.plus(period.multipliedBy(index));
  }

  /** The instant the key used at {@code time} rotates by time: the start of the next period. */
  public Instant nextRotation(Instant time) {
    return periodStart(Math.addExact(periodAt(time), 1));
  }
}
