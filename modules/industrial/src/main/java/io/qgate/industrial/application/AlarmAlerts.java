package io.qgate.industrial.application;

import static io.qgate.industrial.domain.alarm.IndustrialAlarmTypes.*;

import io.qgate.industrial.domain.alarm.LimitState;
import io.qgate.industrial.domain.metric.Metric;
import io.qgate.industrial.domain.metric.QualitySeverity;
import io.qgate.industrial.domain.plant.Plc;
import io.qgate.industrial.domain.plant.Tag;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.alert.Alert;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The alerts of the industrial consumer, worded for a plant operator: which tag, where (plant,
 * line, PLC), what value against which limit or which quality code, and when it was measured.
 */
final class AlarmAlerts {

  private AlarmAlerts() {}

  static Alert threshold(Plc plc, Tag tag, Metric metric, LimitState state, boolean cleared) {
    boolean high = state == LimitState.HIGH;
    double limit = tag.limits().limitOf(state);
    String type =
        high
            ? (cleared ? THRESHOLD_HIGH_CLEARED : THRESHOLD_HIGH)
            : (cleared ? THRESHOLD_LOW_CLEARED : THRESHOLD_LOW);
    String side = high ? "HI" : "LO";
    String message =
        cleared
            ? String.format(
                "%s is back to %s %s, inside its %s limit %s %s by the deadband",
                tag.name(), metric.value(), tag.unit(), side, limit, tag.unit())
            : String.format(
                "%s is %s %s, %s its %s limit %s %s",
                tag.name(),
                metric.value(),
                tag.unit(),
                high ? "above" : "below",
                side,
                limit,
                tag.unit());
    Map<String, Object> details = details(plc, tag, metric);
    details.put("limit", limit);
    details.put("deadband", tag.limits().deadband());
    return Alert.device(
        type, cleared ? "INFO" : "CRITICAL", Tenant.PLANT, plc.deviceId(), message, details);
  }

  static Alert quality(Plc plc, Tag tag, Metric metric, QualitySeverity severity, boolean cleared) {
    boolean bad = severity == QualitySeverity.BAD;
    String type =
        bad
            ? (cleared ? BAD_QUALITY_CLEARED : BAD_QUALITY)
            : (cleared ? UNCERTAIN_QUALITY_CLEARED : UNCERTAIN_QUALITY);
    String message =
        cleared
            ? String.format("%s quality is %s again", tag.name(), metric.quality())
            : String.format(
                "%s quality is %s: %s",
                tag.name(),
                metric.quality(),
                bad ? "its value cannot be used" : "use its value with caution");
    String alertSeverity = cleared ? "INFO" : bad ? "CRITICAL" : "WARNING";
    return Alert.device(
        type, alertSeverity, Tenant.PLANT, plc.deviceId(), message, details(plc, tag, metric));
  }

  static Alert gap(Plc plc, int previous, int received, int missing) {
    String message =
        String.format(
            "%s: %d payload(s) lost (seq %d followed by %d)",
            plc.deviceId(), missing, previous, received);
    Map<String, Object> details = location(plc);
    details.put("previousSeq", previous);
    details.put("receivedSeq", received);
    details.put("missing", missing);
    return Alert.device(METRICS_GAP, "WARNING", Tenant.PLANT, plc.deviceId(), message, details);
  }

  static Alert unknownTag(Plc plc, Metric metric) {
    String alias = Long.toUnsignedString(metric.alias());
    Map<String, Object> details = location(plc);
    details.put("alias", alias);
    return Alert.device(
        UNKNOWN_TAG,
        "WARNING",
        Tenant.PLANT,
        plc.deviceId(),
        plc.deviceId() + " sent alias " + alias + ", which its configuration does not declare",
        details);
  }

  static Alert unknownDevice(String deviceId) {
    return Alert.device(
        UNKNOWN_DEVICE,
        "WARNING",
        Tenant.PLANT,
        deviceId,
        deviceId + " sent metrics but no PLC configuration (birth certificate) is known for it",
        Map.of());
  }

  private static Map<String, Object> details(Plc plc, Tag tag, Metric metric) {
    Map<String, Object> details = location(plc);
    details.put("tag", tag.name());
    details.put("alias", Long.toUnsignedString(tag.alias()));
    details.put("value", metric.value());
    details.put("unit", tag.unit());
    details.put("quality", metric.quality().symbolicName());
    details.put("qualityCode", String.format("0x%08X", metric.quality().code()));
    details.put("measuredAt", Instant.ofEpochMilli(metric.timestamp()).toString());
    return details;
  }

  private static Map<String, Object> location(Plc plc) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("plant", plc.plant().id());
    details.put("line", plc.line().id());
    details.put("plc", plc.deviceId());
    return details;
  }
}
