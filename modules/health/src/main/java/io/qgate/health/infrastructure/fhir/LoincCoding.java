package io.qgate.health.infrastructure.fhir;

import static io.qgate.health.infrastructure.fhir.JsonFields.array;
import static io.qgate.health.infrastructure.fhir.JsonFields.malformed;

import io.qgate.health.domain.VitalSign;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Picks the LOINC code out of a FHIR CodeableConcept. A concept may carry several codings (local
 * codes, SNOMED CT, both SpO2 LOINC codes); the first LOINC coding this module knows decides.
 */
final class LoincCoding {

  private LoincCoding() {}

  /** The known LOINC code of {@code concept}: a vital sign's or the blood-pressure panel's. */
  static String code(JsonObject concept, String path) {
    JsonArray codings = array(concept, "coding", path);
    for (JsonValue value : codings) {
      if (value instanceof JsonObject coding
          && FhirTerms.LOINC.equals(coding.getString("system", null))) {
        String code = coding.getString("code", "");
        if (FhirTerms.BLOOD_PRESSURE_PANEL.equals(code) || VitalSign.ofLoinc(code).isPresent()) {
          return code;
        }
      }
    }
    throw malformed(path + "coding has no known vital-signs LOINC code");
  }

  /** The vital sign {@code concept} codes; the blood-pressure panel is not one. */
  static VitalSign sign(JsonObject concept, String path) {
    return VitalSign.ofLoinc(code(concept, path))
        .orElseThrow(() -> malformed(path + "coding must code a single vital sign"));
  }
}
