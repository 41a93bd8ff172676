package io.qgate.health.domain;

import java.util.List;
import java.util.Optional;

/**
 * The vital signs a bedside monitor reports, each with its LOINC code (https://loinc.org), its UCUM
 * unit (https://ucum.org) and the range a living or just-resuscitated adult can physically show.
 * Codes and units are those the FHIR R4 vital-signs profile binds
 * (http://hl7.org/fhir/R4/observation-vitalsigns.html); oxygen saturation by pulse oximetry is
 * coded 59408-5 alongside the profile's 2708-6. A value outside the possible range is a broken
 * sensor or a forged reading, not a patient, so the parser rejects it rather than alerting on it.
 */
public enum VitalSign {
  HEART_RATE("8867-4", List.of(), "Heart rate", "/min", "beats/minute", 0, 300),
  OXYGEN_SATURATION(
      "59408-5",
      List.of("2708-6"),
      "Oxygen saturation in Arterial blood by Pulse oximetry",
      "%",
      "%",
      0,
      100),
  RESPIRATORY_RATE("9279-1", List.of(), "Respiratory rate", "/min", "breaths/minute", 0, 100),
  SYSTOLIC_BLOOD_PRESSURE("8480-6", List.of(), "Systolic blood pressure", "mm[Hg]", "mmHg", 0, 300),
  DIASTOLIC_BLOOD_PRESSURE(
      "8462-4", List.of(), "Diastolic blood pressure", "mm[Hg]", "mmHg", 0, 250);

  private final String loinc;
  private final List<String> alternativeLoincs;
  private final String display;
  private final String ucum;
  private final String unit;
  private final double minimum;
  private final double maximum;

  VitalSign(
      String loinc,
      List<String> alternativeLoincs,
      String display,
      String ucum,
      String unit,
      double minimum,
      double maximum) {
    this.loinc = loinc;
    this.alternativeLoincs = alternativeLoincs;
    this.display = display;
    this.ucum = ucum;
    this.unit = unit;
    this.minimum = minimum;
    this.maximum = maximum;
  }

  /** The LOINC code written first and named in alerts. */
  public String loinc() {
    return loinc;
  }

  /** Other LOINC codes that mean the same measurement (2708-6 for SpO2). */
  public List<String> alternativeLoincs() {
    return alternativeLoincs;
  }

  /** The LOINC display name. */
  public String display() {
    return display;
  }

  /** The UCUM code of the unit, as FHIR's {@code valueQuantity.code}. */
  public String ucum() {
    return ucum;
  }

  /** The unit for people, as FHIR's {@code valueQuantity.unit}. */
  public String unit() {
    return unit;
  }

  public double minimum() {
    return minimum;
  }

  public double maximum() {
    return maximum;
  }

  /** Whether {@code value} is a number this vital sign can physically take. */
  public boolean isPossible(double value) {
    return value >= minimum && value <= maximum;
  }

  /** The vital sign a LOINC code stands for, if any. */
  public static Optional<VitalSign> ofLoinc(String code) {
    for (VitalSign sign : values()) {
      if (sign.loinc.equals(code) || sign.alternativeLoincs.contains(code)) {
        return Optional.of(sign);
      }
    }
    return Optional.empty();
  }
}
