package io.qgate.health.infrastructure.fhir;

import static io.qgate.health.infrastructure.fhir.JsonFields.array;
import static io.qgate.health.infrastructure.fhir.JsonFields.element;
import static io.qgate.health.infrastructure.fhir.JsonFields.expect;
import static io.qgate.health.infrastructure.fhir.JsonFields.malformed;
import static io.qgate.health.infrastructure.fhir.JsonFields.object;

import io.qgate.health.domain.VitalSign;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Reads and validates one vital-signs Observation against the FHIR R4 vital-signs profile
 * (http://hl7.org/fhir/R4/observation-vitalsigns.html) as far as a consumer relies on it: status
 * final, category vital-signs, a known LOINC code, the UCUM unit that code requires, a physically
 * possible value, a pseudonymous subject and a device. Errors name the field, never its value.
 */
final class ObservationReader {

  private ObservationReader() {}

  /**
   * Validates {@code observation} at {@code path} (e.g. {@code entry[2].resource.}), adds its
   * measured signs to {@code values} and returns whose, from which device and when they are.
   */
  static ObservationHeader read(
      JsonObject observation, String path, Map<VitalSign, Double> values) {
    expect(observation, "resourceType", "Observation", path);
    expect(observation, "status", "final", path);
    requireVitalSignsCategory(array(observation, "category", path), path + "category");
    String code = LoincCoding.code(object(observation, "code", path), path + "code.");
    if (FhirTerms.BLOOD_PRESSURE_PANEL.equals(code)) {
      JsonArray components = array(observation, "component", path);
      for (int i = 0; i < components.size(); i++) {
        String at = path + "component[" + i + "].";
        JsonObject component = element(components, i, path + "component");
        VitalSign sign = LoincCoding.sign(object(component, "code", at), at + "code.");
        if (sign != VitalSign.SYSTOLIC_BLOOD_PRESSURE
            && sign != VitalSign.DIASTOLIC_BLOOD_PRESSURE) {
          throw malformed(at + "code must be systolic or diastolic pressure");
        }
        put(values, sign, UcumQuantity.value(component, sign, at), at);
      }
    } else {
      VitalSign sign = LoincCoding.sign(object(observation, "code", path), path + "code.");
      if (sign == VitalSign.SYSTOLIC_BLOOD_PRESSURE || sign == VitalSign.DIASTOLIC_BLOOD_PRESSURE) {
        throw malformed(path + "code: blood pressure comes as the 85354-9 panel");
      }
      put(values, sign, UcumQuantity.value(observation, sign, path), path);
    }
    return ObservationHeader.read(observation, path);
  }

  private static void requireVitalSignsCategory(JsonArray categories, String path) {
    for (int i = 0; i < categories.size(); i++) {
      JsonObject category = element(categories, i, path);
      JsonValue codings = category.get("coding");
      if (!(codings instanceof JsonArray list)) {
        continue;
      }
      for (JsonValue coding : list) {
        if (coding instanceof JsonObject c
            && FhirTerms.OBSERVATION_CATEGORY.equals(c.getString("system", null))
            && FhirTerms.VITAL_SIGNS.equals(c.getString("code", null))) {
          return;
        }
      }
    }
    throw malformed(path + " must include vital-signs of " + FhirTerms.OBSERVATION_CATEGORY);
  }

  private static void put(
      Map<VitalSign, Double> values, VitalSign sign, double value, String path) {
    if (values.put(sign, value) != null) {
      throw malformed(path + " repeats " + sign.loinc() + ": one value per vital sign per reading");
    }
  }
}
