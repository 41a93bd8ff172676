package io.qgate.grid.domain.alarm;

/**
 * The frequency excursion state of one PMU: raised when |f − f_nominal| exceeds the threshold,
 * escalated once when it exceeds the critical deviation, cleared when it returns inside the
 * threshold minus the hysteresis (thresholds and sources: {@link AlarmThresholds}). Frequency is a
 * per-frame quantity already filtered by the PMU (C37.118.1-2011 clause 5), so no time window is
 * applied here; the hysteresis alone keeps noise from toggling the alarm.
 */
public final class FrequencyExcursionRule {

  private final double threshold;
  private final double clearBelow;
  private final double critical;
  private int level;

  public FrequencyExcursionRule(AlarmThresholds thresholds) {
    this.threshold = thresholds.frequencyDeviationHz();
    this.clearBelow = thresholds.frequencyDeviationHz() - thresholds.frequencyHysteresisHz();
    this.critical = thresholds.frequencyCriticalHz();
  }

  /** Feeds the absolute deviation |f − f_nominal| in Hz of the next frame. */
  public Transition update(double absoluteDeviation) {
    if (level == 0) {
      if (absoluteDeviation > threshold) {
        level = absoluteDeviation > critical ? 2 : 1;
        return Transition.RAISED;
      }
      return Transition.NONE;
    }
    if (absoluteDeviation <= clearBelow) {
      level = 0;
      return Transition.CLEARED;
    }
    if (level == 1 && absoluteDeviation > critical) {
      level = 2;
      return Transition.ESCALATED;
    }
    return Transition.NONE;
  }

  public boolean active() {
    return level > 0;
  }

  /** CRITICAL beyond the critical deviation, else WARNING. */
  public String severity() {
    return level == 2 ? "CRITICAL" : "WARNING";
  }

  public double threshold() {
    return threshold;
  }
}
