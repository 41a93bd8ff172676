package io.qgate.benchpipeline;

/**
 * The schedule of an open-loop sender: frame {@code k} (0-based) is due at {@code start + k/rate}.
 * Due times come from the frame index, not from the previous send, so a sender that falls behind
 * catches up by sending what is due instead of silently lowering the offered rate; the lag shows up
 * as latency (measured from the due time) rather than being hidden (coordinated omission).
 *
 * <p>Integer arithmetic in nanoseconds, split into whole seconds and the rest so that nothing
 * overflows for runs of hours at millions of frames per second.
 */
public final class RatePacer {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final long startNanos;
  private final long framesPerSecond;

  /**
   * @param startNanos the due time of frame 0, on the {@link System#nanoTime()} scale
   * @param framesPerSecond at least 1
   */
  public RatePacer(long startNanos, long framesPerSecond) {
    if (framesPerSecond < 1) {
      throw new IllegalArgumentException("rate " + framesPerSecond + " must be at least 1/s");
    }
    this.startNanos = startNanos;
    this.framesPerSecond = framesPerSecond;
  }

  /** When frame {@code k} is due: {@code start + ⌊k·10⁹/rate⌋} ns. */
  public long dueNanos(long k) {
    long seconds = k / framesPerSecond;
    long rest = k % framesPerSecond;
    return startNanos + seconds * NANOS_PER_SECOND + rest * NANOS_PER_SECOND / framesPerSecond;
  }

  /** How many frames are due at {@code nowNanos}: the smallest k with {@code dueNanos(k) > now}. */
  public long dueBy(long nowNanos) {
    long elapsed = nowNanos - startNanos;
    if (elapsed < 0) {
      return 0;
    }
    long seconds = elapsed / NANOS_PER_SECOND;
    long rest = elapsed % NANOS_PER_SECOND;
    // frames k with k·10⁹/rate ≤ elapsed, i.e. k ≤ elapsed·rate/10⁹ (exact in integers below)
    long k = seconds * framesPerSecond + (rest * framesPerSecond) / NANOS_PER_SECOND;
    // dueNanos floors, so frame k+1 may already be due when rest·rate is not a multiple of 10⁹
    while (dueNanos(k + 1) <= nowNanos) {
      k++;
    }
    return k + 1;
  }

  public long framesPerSecond() {
    return framesPerSecond;
  }
}
