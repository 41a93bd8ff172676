package io.qgate.health.application;

import io.qgate.health.domain.HealthTelemetry;
import io.qgate.health.domain.VitalsFormat;
import io.qgate.health.domain.VitalsSnapshot;
import io.qgate.health.domain.rules.Condition;
import io.qgate.health.domain.rules.Threshold;
import io.qgate.health.domain.rules.VitalsThresholds;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The clinical consumer of {@code qgate.health.vitals.v1}: checks each decrypted reading against
 * the {@link VitalsThresholds} and raises an alert once when a condition starts (sustained for the
 * configured readings) and an INFO {@code *_CLEARED} alert once when it ends; never one alert per
 * reading, which would drown operators (alarm fatigue is a known patient-safety hazard, ECRI Top 10
 * Health Technology Hazards). A vital sign missing from a reading leaves its conditions as they
 * were.
 *
 * <p>One instance per consuming thread, as {@link TelemetryMonitor} asks: the per-device state is
 * unsynchronised. Kafka keys records by device, so each device's readings reach one thread.
 */
public final class VitalsMonitor implements TelemetryMonitor {

  private final VitalsFormat format;
  private final VitalsThresholds thresholds;
  private final Map<String, Condition[]> conditions = new HashMap<>();

  /** A monitor with the {@link VitalsThresholds#defaults() default} NEWS2-based rules. */
  public VitalsMonitor(VitalsFormat format) {
    this(format, VitalsThresholds.defaults());
  }

  public VitalsMonitor(VitalsFormat format, VitalsThresholds thresholds) {
    this.format = format;
    this.thresholds = thresholds;
  }

  @Override
  public String topic() {
    return HealthTelemetry.TOPIC;
  }

  @Override
  public Map<String, Object> values(String deviceId, byte[] payload) {
    VitalsSnapshot snapshot = format.parse(payload);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("patient", snapshot.patient().value()); // pseudonymous: never a name
    snapshot
        .values()
        .forEach((sign, value) -> values.put(camel(sign.name()) + " (" + sign.unit() + ")", value));
    return values;
  }

  private static String camel(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
      name.append(
          name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.toString();
  }

  /**
   * Parses the reading and updates the device's conditions. {@code time} (the gateway's stamp) is
   * not used: the Observation's own effective time is the clinical one, and an alert is stamped
   * when it is raised.
   *
   * @throws MalformedReadingException if the payload is not a valid vitals Bundle or names another
   *     device than the record's key
   */
  @Override
  public List<Alert> inspect(String deviceId, Instant time, byte[] payload) {
    VitalsSnapshot snapshot = format.parse(payload);
    if (!snapshot.deviceId().equals(deviceId)) {
      throw new MalformedReadingException(
          "vitals reading: device.reference is not the device of the record");
    }
    List<Threshold> rules = thresholds.thresholds();
    Condition[] state = conditions.computeIfAbsent(deviceId, d -> newConditions(rules.size()));
    List<Alert> alerts = List.of();
    for (int i = 0; i < rules.size(); i++) {
      Threshold rule = rules.get(i);
      OptionalDouble value = snapshot.value(rule.sign());
      if (value.isEmpty()) {
        continue;
      }
      Alert alert =
          switch (state[i].observe(rule.isBreachedBy(value.getAsDouble()))) {
            case STARTED -> ClinicalAlerts.started(rule, deviceId);
            case ENDED -> ClinicalAlerts.cleared(rule, deviceId);
            case NONE -> null;
          };
      if (alert != null) {
        if (alerts.isEmpty()) {
          alerts = new ArrayList<>(2);
        }
        alerts.add(alert);
      }
    }
    return alerts;
  }

  private Condition[] newConditions(int count) {
    Condition[] created = new Condition[count];
    for (int i = 0; i < count; i++) {
      created[i] = new Condition(thresholds.sustainReadings());
    }
    return created;
  }
}
