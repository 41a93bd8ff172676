package io.qgate.health.application;

import io.qgate.health.domain.Bed;
import io.qgate.health.domain.HealthTelemetry;
import io.qgate.health.domain.rules.Threshold;
import io.qgate.platform.domain.alert.Alert;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the alerts of the vitals monitor. They go to {@code qgate.alerts.v1}, which operators and
 * their tooling read, so an alert says where to go and what crossed which limit, and nothing about
 * who the patient is or what was measured: no pseudonym, no value. The bedside (or the electronic
 * health record) has the rest.
 */
final class ClinicalAlerts {

  private ClinicalAlerts() {}

  /** The condition of {@code threshold} started at {@code deviceId}: e.g. SpO2 below 90 %. */
  static Alert started(Threshold threshold, String deviceId) {
    String message =
        name(threshold) + " " + threshold.direction().crossed() + " " + limit(threshold);
    return alert(threshold.alertType(), threshold.severity(), threshold, deviceId, message);
  }

  /** The condition of {@code threshold} ended at {@code deviceId}. */
  static Alert cleared(Threshold threshold, String deviceId) {
    String message =
        name(threshold) + " " + threshold.direction().restored() + " " + limit(threshold);
    return alert(threshold.alertType() + "_CLEARED", "INFO", threshold, deviceId, message);
  }

  private static Alert alert(
      String type, String severity, Threshold threshold, String deviceId, String what) {
    Optional<Bed> bed = Bed.ofDeviceId(deviceId);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("deviceId", deviceId);
    bed.ifPresent(
        b -> {
          details.put("ward", b.ward().number());
          details.put("bed", b.number());
        });
    details.put("loinc", threshold.sign().loinc());
    details.put("vital", threshold.sign().display());
    details.put("comparator", threshold.direction().symbol());
    details.put("threshold", threshold.limit());
    details.put("unit", threshold.sign().ucum());
    String where = bed.map(Bed::label).orElse("monitor " + deviceId);
    return Alert.device(
        type, severity, HealthTelemetry.TENANT, deviceId, what + " at " + where, details);
  }

  private static String name(Threshold threshold) {
    return switch (threshold.sign()) {
      case HEART_RATE -> "Heart rate";
      case OXYGEN_SATURATION -> "SpO2";
      case RESPIRATORY_RATE -> "Respiratory rate";
      case SYSTOLIC_BLOOD_PRESSURE -> "Systolic blood pressure";
      case DIASTOLIC_BLOOD_PRESSURE -> "Diastolic blood pressure";
    };
  }

  private static String limit(Threshold threshold) {
    return threshold.limitText() + " " + threshold.sign().unit();
  }
}
