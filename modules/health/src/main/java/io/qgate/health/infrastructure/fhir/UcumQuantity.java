package io.qgate.health.infrastructure.fhir;

import static io.qgate.health.infrastructure.fhir.JsonFields.expect;
import static io.qgate.health.infrastructure.fhir.JsonFields.malformed;
import static io.qgate.health.infrastructure.fhir.JsonFields.number;
import static io.qgate.health.infrastructure.fhir.JsonFields.object;
import static io.qgate.health.infrastructure.fhir.JsonFields.string;

import io.qgate.health.domain.VitalSign;
import jakarta.json.JsonObject;

/**
 * Reads a vital sign's {@code valueQuantity}. The vital-signs profile binds each LOINC code to one
 * UCUM unit (http://hl7.org/fhir/R4/observation-vitalsigns.html, "Vital Signs Units"): a heart rate
 * in {@code %} is a coding error upstream, and guessing a conversion would hide it. The
 * machine-readable {@code code} decides; {@code unit} is only for people and is not checked.
 */
final class UcumQuantity {

  private UcumQuantity() {}

  /** The value of {@code holder.valueQuantity}, checked for unit and possible range. */
  static double value(JsonObject holder, VitalSign sign, String path) {
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
}
