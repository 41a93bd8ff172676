package io.qgate.health.infrastructure.fhir;

import io.qgate.health.domain.VitalSign;
import io.qgate.health.domain.VitalsSnapshot;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link VitalsSnapshot} as the wire format of {@code qgate.health.vitals.v1}: a FHIR R4
 * Bundle of type {@code collection} holding one vital-signs Observation per measured sign, with
 * systolic and diastolic pressure as the two components of one blood-pressure panel
 * (http://hl7.org/fhir/R4/observation-vitalsigns.html, example in docs/health.md).
 *
 * <p>A StringBuilder and no reflection or JSON-P object model: a simulated ward writes hundreds of
 * readings a second on a 2-core gateway. Every string written is already validated by the domain
 * (FHIR ids, pseudonyms, fixed codes), so nothing needs escaping.
 */
public final class VitalsBundleWriter {

  /** The snapshot as UTF-8 JSON. */
  public byte[] write(VitalsSnapshot snapshot) {
    StringBuilder json = new StringBuilder(2048);
    String effective = snapshot.effective().toString();
    json.append("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"timestamp\":\"")
        .append(effective)
        .append("\",\"entry\":[");
    boolean first = true;
    for (VitalSign sign : VitalSign.values()) {
      if (sign == VitalSign.DIASTOLIC_BLOOD_PRESSURE || snapshot.value(sign).isEmpty()) {
        continue;
      }
      if (!first) {
        json.append(',');
      }
      first = false;
      boolean panel = sign == VitalSign.SYSTOLIC_BLOOD_PRESSURE;
      json.append("{\"resource\":{\"resourceType\":\"Observation\",\"meta\":{\"profile\":[\"")
          .append(FhirTerms.profile(sign))
          .append("\"]},\"status\":\"final\",\"category\":[{\"coding\":[{\"system\":\"")
          .append(FhirTerms.OBSERVATION_CATEGORY)
          .append("\",\"code\":\"vital-signs\",\"display\":\"Vital Signs\"}]}],\"code\":");
      if (panel) {
        code(json, FhirTerms.BLOOD_PRESSURE_PANEL);
      } else {
        code(json, sign);
      }
      json.append(",\"subject\":{\"reference\":\"")
          .append(snapshot.patient().value())
          .append("\"},\"effectiveDateTime\":\"")
          .append(effective)
          .append("\",\"device\":{\"reference\":\"Device/")
          .append(snapshot.deviceId())
          .append("\"},");
      if (panel) {
        json.append("\"component\":[{\"code\":");
        code(json, VitalSign.SYSTOLIC_BLOOD_PRESSURE);
        quantity(json.append(','), snapshot, VitalSign.SYSTOLIC_BLOOD_PRESSURE);
        json.append("},{\"code\":");
        code(json, VitalSign.DIASTOLIC_BLOOD_PRESSURE);
        quantity(json.append(','), snapshot, VitalSign.DIASTOLIC_BLOOD_PRESSURE);
        json.append("}]");
      } else {
        quantity(json, snapshot, sign);
      }
      json.append("}}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void code(StringBuilder json, VitalSign sign) {
    json.append("{\"coding\":[");
    coding(json, sign.loinc());
    for (String alternative : sign.alternativeLoincs()) {
      coding(json.append(','), alternative);
    }
    json.append("]}");
  }

  private static void code(StringBuilder json, String loinc) {
    coding(json.append("{\"coding\":["), loinc);
    json.append("]}");
  }

  private static void coding(StringBuilder json, String loinc) {
    json.append("{\"system\":\"")
        .append(FhirTerms.LOINC)
        .append("\",\"code\":\"")
        .append(loinc)
        .append("\",\"display\":\"")
        .append(FhirTerms.display(loinc))
        .append("\"}");
  }

  private static void quantity(StringBuilder json, VitalsSnapshot snapshot, VitalSign sign) {
    double value = snapshot.value(sign).orElseThrow();
    json.append("\"valueQuantity\":{\"value\":");
    if (value == Math.rint(value)) {
      json.append((long) value);
    } else {
      json.append(value);
    }
    json.append(",\"unit\":\"")
        .append(sign.unit())
        .append("\",\"system\":\"")
        .append(FhirTerms.UCUM)
        .append("\",\"code\":\"")
        .append(sign.ucum())
        .append("\"}");
  }
}
