package io.qgate.health.domain.rules;

import static io.qgate.health.domain.rules.Threshold.Direction.ABOVE;
import static io.qgate.health.domain.rules.Threshold.Direction.BELOW;

import io.qgate.health.domain.VitalSign;
import java.util.ArrayList;
import java.util.List;

/**
 * The clinical alerting rules of the vitals monitor and how many consecutive readings make a
 * condition start or end.
 *
 * <p>The defaults follow the single-parameter "red score" (3 points, urgent clinical review) bands
 * of NEWS2 (Royal College of Physicians, National Early Warning Score 2, 2017,
 * https://www.rcp.ac.uk/improving-care/resources/national-early-warning-score-news-2/): heart rate
 * 40 or less / 131 or more, respiratory rate 8 or less / 25 or more (widened here to above 30 to
 * page only the extreme), systolic 90 or less; SpO2 below 90 % is the product requirement (NEWS2
 * scale 1 scores 91 % or less 3 points). Systolic above 180 mmHg is severe hypertension (ACC/AHA
 * 2017 guideline, Whelton et al., Hypertension 71:e13), a WARNING: NEWS2 does not score it.
 *
 * @param sustainReadings consecutive readings on the other side of a limit before a condition
 *     starts or ends: debounces a motion artefact or a probe coming off, like a monitor's alarm
 *     delay
 */
public record VitalsThresholds(List<Threshold> thresholds, int sustainReadings) {

  /** Three one-second readings: short next to bedside monitors' usual 10–15 s SpO2 alarm delay. */
  public static final int DEFAULT_SUSTAIN_READINGS = 3;

  public VitalsThresholds {
    thresholds = List.copyOf(thresholds);
    if (sustainReadings < 1) {
      throw new IllegalArgumentException("a condition needs at least one reading");
    }
    if (thresholds.stream().map(Threshold::key).distinct().count() != thresholds.size()) {
      throw new IllegalArgumentException("one threshold per vital sign and direction");
    }
  }

  /** The defaults above. */
  public static VitalsThresholds defaults() {
    return new VitalsThresholds(
        List.of(
            new Threshold("HEALTH_SPO2_LOW", VitalSign.OXYGEN_SATURATION, BELOW, 90, "CRITICAL"),
            new Threshold("HEALTH_HEART_RATE", VitalSign.HEART_RATE, BELOW, 40, "CRITICAL"),
            new Threshold("HEALTH_HEART_RATE", VitalSign.HEART_RATE, ABOVE, 130, "CRITICAL"),
            new Threshold(
                "HEALTH_RESPIRATORY_RATE", VitalSign.RESPIRATORY_RATE, BELOW, 8, "CRITICAL"),
            new Threshold(
                "HEALTH_RESPIRATORY_RATE", VitalSign.RESPIRATORY_RATE, ABOVE, 30, "CRITICAL"),
            new Threshold(
                "HEALTH_BLOOD_PRESSURE", VitalSign.SYSTOLIC_BLOOD_PRESSURE, BELOW, 90, "CRITICAL"),
            new Threshold(
                "HEALTH_BLOOD_PRESSURE", VitalSign.SYSTOLIC_BLOOD_PRESSURE, ABOVE, 180, "WARNING")),
        DEFAULT_SUSTAIN_READINGS);
  }

  /** These rules with {@code threshold} replacing the one of the same sign and direction. */
  public VitalsThresholds with(Threshold threshold) {
    List<Threshold> next = new ArrayList<>(thresholds);
    next.removeIf(t -> t.key().equals(threshold.key()));
    next.add(threshold);
    return new VitalsThresholds(next, sustainReadings);
  }

  /** These rules, a condition starting or ending after {@code readings} consecutive readings. */
  public VitalsThresholds sustainedFor(int readings) {
    return new VitalsThresholds(thresholds, readings);
  }
}
