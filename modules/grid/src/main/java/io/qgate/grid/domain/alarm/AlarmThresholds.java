package io.qgate.grid.domain.alarm;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the grid consumer raises and clears its alarms.
 *
 * <ul>
 *   <li>Frequency excursion: |f − f_nominal| &gt; 200 mHz. Commission Regulation (EU) 2017/1485
 *       (System Operation Guideline, SOGL) classifies system states by frequency deviation in Art.
 *       18; for Continental Europe its Annex III Table 1 sets the standard frequency range to ±50
 *       mHz, the maximum steady-state frequency deviation to 200 mHz and the maximum instantaneous
 *       frequency deviation to 800 mHz. Beyond 200 mHz the system is outside normal operation
 *       (WARNING); beyond 800 mHz the deviation exceeds the design reference incident and
 *       load-frequency control is at its limit (CRITICAL). It clears 20 mHz inside the threshold
 *       (hysteresis) so a frequency hovering near the limit does not flap.
 *   <li>ROCOF: |df/dt| &gt; 1 Hz/s sustained over 500 ms. ENTSO-E's guidance on RoCoF withstand
 *       capability (Network Code Requirements for Generators implementation guidance, 2018) takes 2
 *       Hz/s measured over a 500 ms window as what generation must ride through; loss-of-mains
 *       ROCOF protection is set at 0.5–1 Hz/s, e.g. 1 Hz/s with a 500 ms definite time delay in GB
 *       (ENA Engineering Recommendation G99). An alarm at 1 Hz/s over 500 ms warns before
 *       protection starts to trip distributed generation; at 2 Hz/s or more it is CRITICAL. It
 *       clears when |ROCOF| stays below 0.8 Hz/s for another window.
 * </ul>
 *
 * @param frequencyDeviationHz the excursion threshold on |f − f_nominal|, Hz
 * @param frequencyHysteresisHz how far inside the threshold the deviation must return to clear
 * @param frequencyCriticalHz the deviation that escalates an excursion to CRITICAL
 * @param rocofHzPerSecond the ROCOF threshold, Hz/s
 * @param rocofHysteresisHzPerSecond how far below the threshold ROCOF must stay to clear
 * @param rocofCriticalHzPerSecond the ROCOF at which the alarm is raised as CRITICAL
 * @param rocofWindow how long the ROCOF condition (and its end) must be sustained
 */
public record AlarmThresholds(
    double frequencyDeviationHz,
    double frequencyHysteresisHz,
    double frequencyCriticalHz,
    double rocofHzPerSecond,
    double rocofHysteresisHzPerSecond,
    double rocofCriticalHzPerSecond,
    Duration rocofWindow) {

  public AlarmThresholds {
    Objects.requireNonNull(rocofWindow, "rocofWindow");
    if (!(frequencyDeviationHz > 0)
        || !(frequencyHysteresisHz >= 0 && frequencyHysteresisHz < frequencyDeviationHz)
        || !(frequencyCriticalHz > frequencyDeviationHz)) {
      throw new IllegalArgumentException(
          "frequency thresholds must satisfy 0 <= hysteresis < deviation < critical");
    }
    if (!(rocofHzPerSecond > 0)
        || !(rocofHysteresisHzPerSecond >= 0 && rocofHysteresisHzPerSecond < rocofHzPerSecond)
        || !(rocofCriticalHzPerSecond >= rocofHzPerSecond)) {
      throw new IllegalArgumentException(
          "ROCOF thresholds must satisfy 0 <= hysteresis < threshold <= critical");
    }
    if (rocofWindow.isNegative() || rocofWindow.isZero()) {
      throw new IllegalArgumentException("the ROCOF window must be positive");
    }
  }

  /** The thresholds documented above. */
  public static AlarmThresholds defaults() {
    return new AlarmThresholds(0.2, 0.02, 0.8, 1.0, 0.2, 2.0, Duration.ofMillis(500));
  }

  /** The same thresholds with another excursion threshold (e.g. 0.1 Hz for a tighter watch). */
  public AlarmThresholds withFrequencyDeviation(double hz) {
    return new AlarmThresholds(
        hz,
        Math.min(frequencyHysteresisHz, hz / 2),
        Math.max(frequencyCriticalHz, hz * 2),
        rocofHzPerSecond,
        rocofHysteresisHzPerSecond,
        rocofCriticalHzPerSecond,
        rocofWindow);
  }
}
