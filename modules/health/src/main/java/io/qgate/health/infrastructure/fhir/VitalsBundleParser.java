package io.qgate.health.infrastructure.fhir;

import static io.qgate.health.infrastructure.fhir.JsonFields.array;
import static io.qgate.health.infrastructure.fhir.JsonFields.element;
import static io.qgate.health.infrastructure.fhir.JsonFields.expect;
import static io.qgate.health.infrastructure.fhir.JsonFields.malformed;
import static io.qgate.health.infrastructure.fhir.JsonFields.object;

import io.qgate.health.domain.PatientReference;
import io.qgate.health.domain.VitalSign;
import io.qgate.health.domain.VitalsSnapshot;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import io.qgate.platform.json.JsonParsing;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Parses and validates a reading of {@code qgate.health.vitals.v1}: the FHIR R4 collection Bundle
 * {@link VitalsBundleWriter} writes. A reading is one snapshot, so all its Observations must share
 * one subject, one device and one effective time. Whatever a consumer cannot trust is rejected with
 * a {@link MalformedReadingException} naming the field and never its value (values and the patient
 * reference are health data; error messages reach logs). Thread-safe and stateless.
 */
public final class VitalsBundleParser {

  /** Far above a real bundle (~3 KiB): bounds the parser's work on a forged payload. */
  public static final int MAX_BYTES = 64 * 1024;

  /**
   * The snapshot {@code payload} carries.
   *
   * @throws MalformedReadingException if it is not a valid vitals Bundle
   */
  public VitalsSnapshot parse(byte[] payload) {
    if (payload == null || payload.length == 0 || payload.length > MAX_BYTES) {
      throw malformed("payload must be 1.." + MAX_BYTES + " bytes of JSON");
    }
    JsonObject bundle;
    try {
      bundle = JsonParsing.object(new String(payload, StandardCharsets.UTF_8));
    } catch (JsonException | IllegalStateException e) {
      throw malformed("payload is not a JSON object");
    } catch (ArithmeticException | NumberFormatException | UnsupportedOperationException e) {
      // Parsson refuses numbers of more than 1100 characters while reading
      throw malformed("payload has a number of unreasonable size");
    }
    expect(bundle, "resourceType", "Bundle", "");
    expect(bundle, "type", "collection", "");
    JsonArray entries = array(bundle, "entry", "");
    Map<VitalSign, Double> values = new EnumMap<>(VitalSign.class);
    ObservationHeader header = null;
    for (int i = 0; i < entries.size(); i++) {
      String path = "entry[" + i + "].";
      JsonObject resource = object(element(entries, i, "entry"), "resource", path);
      ObservationHeader next = ObservationReader.read(resource, path + "resource.", values);
      if (header != null && !header.equals(next)) {
        throw malformed(path + "resource must have the subject, device and time of entry[0]");
      }
      header = next;
    }
    try {
      return new VitalsSnapshot(
          header.device(), new PatientReference(header.subject()), header.effective(), values);
    } catch (IllegalArgumentException e) {
      throw malformed(e.getMessage());
    }
  }
}
