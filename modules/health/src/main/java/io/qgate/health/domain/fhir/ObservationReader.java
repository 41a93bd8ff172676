package io.qgate.health.domain.fhir;

import static io.qgate.health.domain.fhir.JsonFields.array;
import static io.qgate.health.domain.fhir.JsonFields.element;
import static io.qgate.health.domain.fhir.JsonFields.expect;
import static io.qgate.health.domain.fhir.JsonFields.malformed;
import static io.qgate.health.domain.fhir.JsonFields.number;
import static io.qgate.health.domain.fhir.JsonFields.object;
import static io.qgate.health.domain.fhir.JsonFields.string;

import io.qgate.health.domain.PatientReference;
import io.qgate.health.domain.VitalSign;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads and validates one vital-signs Observation against the FHIR R4 vital-signs profile
 * (http://hl7.org/fhir/R4/observation-vitalsigns.html) as far as a consumer relies on it: status
 * final, category vital-signs, a known LOINC code, the UCUM unit that code requires, a physically
 * possible value, a pseudonymous subject and a device. Errors name the field, never its value.
 */
final class ObservationReader {

  /** What one Observation says; {@code values} gets the measured signs added. */
  record Header(String subject, String device, Instant effective) {}

  private ObservationReader() {}

  static Header read(JsonObject observation, String path, Map<VitalSign, Double> values) {
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
        put(values, sign, quantity(component, sign, at), at);
      }
    } else {
      VitalSign sign = LoincCoding.sign(object(observation, "code", path), path + "code.");
      if (sign == VitalSign.SYSTOLIC_BLOOD_PRESSURE || sign == VitalSign.DIASTOLIC_BLOOD_PRESSURE) {
        throw malformed(path + "code: blood pressure comes as the 85354-9 panel");
      }
      put(values, sign, quantity(observation, sign, path), path);
    }
    return new Header(
        subject(observation, path), device(observation, path), effective(observation, path));
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

  private static double quantity(JsonObject holder, VitalSign sign, String path) {
    JsonObject quantity = object(holder, "valueQuantity", path);
    String at = path + "valueQuantity.";
    expect(quantity, "system", FhirTerms.UCUM, at);
    if (!sign.ucum().equals(string(quantity, "code", at))) {
      throw malformed(at + "code must be the UCUM unit " + sign.ucum() + " of " + sign.loinc());
    }
    double value = number(quantity, "value", at);
    if (!sign.isPossible(value)) {
      throw malformed(at + "value is outside the possible range of " + sign.loinc());
    }
    return value;
  }

  private static void put(
      Map<VitalSign, Double> values, VitalSign sign, double value, String path) {
    if (values.put(sign, value) != null) {
      throw malformed(path + " repeats " + sign.loinc() + ": one value per vital sign per reading");
    }
  }

  private static String subject(JsonObject observation, String path) {
    JsonObject subject = object(observation, "subject", path);
    String reference = string(subject, "reference", path + "subject.");
    if (subject.size() != 1 || !PatientReference.isPseudonym(reference)) {
      throw malformed(path + "subject must be only a pseudonymous reference Patient/p-...");
    }
    return reference;
  }

  private static String device(JsonObject observation, String path) {
    String reference = string(object(observation, "device", path), "reference", path + "device.");
    if (!reference.startsWith("Device/")) {
      throw malformed(path + "device.reference must be a Device reference");
    }
    return reference.substring("Device/".length());
  }

  private static Instant effective(JsonObject observation, String path) {
    try {
      return OffsetDateTime.parse(string(observation, "effectiveDateTime", path)).toInstant();
    } catch (DateTimeParseException e) {
      throw malformed(path + "effectiveDateTime must be a date-time with seconds and time zone");
    }
  }
}
