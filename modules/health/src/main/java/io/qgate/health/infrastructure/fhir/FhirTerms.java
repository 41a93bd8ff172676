package io.qgate.health.infrastructure.fhir;

import io.qgate.health.domain.VitalSign;

/**
 * The FHIR R4 code systems, codes and profiles a vitals reading uses
 * (http://hl7.org/fhir/R4/observation-vitalsigns.html). Kept in one place so the writer and the
 * parser cannot drift apart.
 */
public final class FhirTerms {

  public static final String LOINC = "http://loinc.org";
  public static final String UCUM = "http://unitsofmeasure.org";
  public static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  public static final String VITAL_SIGNS = "vital-signs";

  /** LOINC 85354-9, the blood pressure panel whose components are systolic and diastolic. */
  public static final String BLOOD_PRESSURE_PANEL = "85354-9";

  public static final String BLOOD_PRESSURE_PANEL_DISPLAY =
      "Blood pressure panel with all children optional";

  private static final String PROFILE = "http://hl7.org/fhir/StructureDefinition/";

  private FhirTerms() {}

  /** The vital-signs profile an Observation of {@code sign} claims in {@code meta.profile}. */
  public static String profile(VitalSign sign) {
    return PROFILE
        + switch (sign) {
          case HEART_RATE -> "heartrate";
          case OXYGEN_SATURATION -> "oxygensat";
          case RESPIRATORY_RATE -> "resprate";
          case SYSTOLIC_BLOOD_PRESSURE, DIASTOLIC_BLOOD_PRESSURE -> "bp";
        };
  }

  /** The LOINC display of the code of {@code sign} (2708-6 has its own). */
  public static String display(String loinc) {
    return "2708-6".equals(loinc)
        ? "Oxygen saturation in Arterial blood"
        : VitalSign.ofLoinc(loinc).map(VitalSign::display).orElse(BLOOD_PRESSURE_PANEL_DISPLAY);
  }
}
