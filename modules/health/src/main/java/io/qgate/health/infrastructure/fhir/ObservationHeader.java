package io.qgate.health.infrastructure.fhir;

import static io.qgate.health.infrastructure.fhir.JsonFields.malformed;
import static io.qgate.health.infrastructure.fhir.JsonFields.object;
import static io.qgate.health.infrastructure.fhir.JsonFields.string;

import io.qgate.health.domain.PatientReference;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Whose, from which device and when an Observation's values are. The subject must be nothing but a
 * pseudonymous reference: a {@code display} or {@code identifier} beside it could carry a name or a
 * medical record number into the telemetry path, so it is refused rather than ignored.
 *
 * @param subject the pseudonymous patient reference
 * @param device the device id (the part after {@code Device/})
 */
record ObservationHeader(String subject, String device, Instant effective) {

  static ObservationHeader read(JsonObject observation, String path) {
    return new ObservationHeader(
        subject(observation, path), device(observation, path), effective(observation, path));
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
      throw malformed(path + "effectiveDateTime must be a date-time with a time zone");
    }
  }
}
