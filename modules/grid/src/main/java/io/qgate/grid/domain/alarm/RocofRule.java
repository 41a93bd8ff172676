package io.qgate.grid.domain.alarm;

/**
 * The ROCOF state of one PMU. Raised when |ROCOF| stays above the threshold, with the same sign,
 * for a whole window of measurement time (500 ms by default) — the "sustained over 500 ms" of the
 * ENTSO-E RoCoF withstand definition and of definite-time ROCOF relays (sources: {@link
 * AlarmThresholds}); a single noisy DFREQ value never raises it. Cleared when |ROCOF| stays below
 * threshold minus hysteresis for a window. A gap in the frames longer than the window, time going
 * backwards or a frame whose data is unusable restarts the window: the condition must be seen
 * continuously.
 */
public final class RocofRule {

  private static final long NONE = Long.MIN_VALUE;

  private final double threshold;
  private final double clearBelow;
  private final long windowNanos;
  private boolean active;
  private long since = NONE;
  private int sign;
  private long last = NONE;

  public RocofRule(AlarmThresholds thresholds) {
    this.threshold = thresholds.rocofHzPerSecond();
    this.clearBelow = thresholds.rocofHzPerSecond() - thresholds.rocofHysteresisHzPerSecond();
    this.windowNanos = thresholds.rocofWindow().toNanos();
  }

  /** Feeds the ROCOF (Hz/s) measured at {@code epochNanos}. */
  public Transition update(long epochNanos, double rocof) {
    if (last != NONE && (epochNanos < last || epochNanos - last > windowNanos)) {
      since = NONE;
    }
    last = epochNanos;
    double magnitude = Math.abs(rocof);
    if (!active) {
      int s = rocof > 0 ? 1 : -1;
      if (magnitude <= threshold) {
        since = NONE;
      } else if (since == NONE || s != sign) {
        since = epochNanos;
        sign = s;
      } else if (epochNanos - since >= windowNanos) {
        active = true;
        since = NONE;
        return Transition.RAISED;
      }
      return Transition.NONE;
    }
    if (magnitude >= clearBelow) {
      since = NONE;
    } else if (since == NONE) {
      since = epochNanos;
    } else if (epochNanos - since >= windowNanos) {
      active = false;
      since = NONE;
      return Transition.CLEARED;
    }
    return Transition.NONE;
  }

  /** Forgets the window in progress (the PMU sent unusable data); an active alarm stays active. */
  public void interrupt() {
    since = NONE;
    last = NONE;
  }

  public boolean active() {
    return active;
  }

  public double threshold() {
    return threshold;
  }
}
