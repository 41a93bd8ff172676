package io.qgate.industrial.application;

import io.qgate.industrial.domain.metric.Metric;
import io.qgate.industrial.domain.metric.MetricsPayload;
import io.qgate.industrial.domain.metric.MetricsPayloadCodec;
import io.qgate.industrial.domain.plant.Plc;
import io.qgate.industrial.domain.plant.Tag;
import io.qgate.industrial.domain.plant.TagDirectory;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The industrial consumer: decodes each PLC payload and raises alarms on state changes only,
 * following ISA-18.2 / IEC 62682 (an alarm is annunciated once when it becomes active and once when
 * it returns to normal; deadbands stop chattering alarms from flooding operators):
 *
 * <ul>
 *   <li>HI/LO threshold alarms with deadband hysteresis ({@link
 *       io.qgate.industrial.domain.alarm.AlarmLimits#next}), evaluated on Good values only — a Bad
 *       or Uncertain value neither raises nor clears one;
 *   <li>quality alarms when a tag's OPC UA severity changes: Bad (CRITICAL), Uncertain (WARNING),
 *       each cleared when the severity changes again;
 *   <li>a metrics-gap alert when the Sparkplug seq skips numbers (payloads were lost).
 * </ul>
 *
 * One instance per consuming thread, as {@link TelemetryMonitor} asks; a PLC's payloads must reach
 * the same instance (Kafka partitions by device id), or its state is split.
 */
public final class MetricsMonitor implements TelemetryMonitor {

  private static final int MAX_UNKNOWN_DEVICES = 10_000;

  private final TagDirectory directory;
  private final Map<String, PlcAlarmState> states = new HashMap<>();
  private final Set<String> unknownDevices = new HashSet<>();

  public MetricsMonitor(TagDirectory directory) {
    this.directory = directory;
  }

  @Override
  public String topic() {
    return PlantFleet.TOPIC;
  }

  /**
   * @throws MalformedReadingException if the payload breaks the wire format, or a metric's datatype
   *     contradicts the one its PLC's configuration declares for the alias
   */
  @Override
  public List<Alert> inspect(String deviceId, Instant time, byte[] payload) {
    MetricsPayload decoded = MetricsPayloadCodec.decode(payload);
    Plc plc = directory.find(deviceId).orElse(null);
    if (plc == null) {
      boolean first = unknownDevices.size() < MAX_UNKNOWN_DEVICES && unknownDevices.add(deviceId);
      return first ? List.of(AlarmAlerts.unknownDevice(deviceId)) : List.of();
    }
    PlcAlarmState state = states.get(deviceId);
    if (state == null || state.plc != plc) {
      state = new PlcAlarmState(plc);
      states.put(deviceId, state);
    }
    checkDatatypes(plc, decoded);
    List<Alert> alerts = new ArrayList<>(0);
    state.sequence(decoded.seq(), alerts);
    for (Metric metric : decoded.metrics()) {
      int index = plc.indexOfAlias(metric.alias());
      if (index < 0) {
        state.unknownAlias(metric, alerts);
        continue;
      }
      state.quality(index, metric, alerts);
      if (metric.quality().isGood()) {
        state.limits(index, metric, alerts);
      }
    }
    return alerts.isEmpty() ? List.of() : List.copyOf(alerts);
  }

  @Override
  public Map<String, Object> values(String deviceId, byte[] payload) {
    MetricsPayload decoded = MetricsPayloadCodec.decode(payload);
    Plc plc = directory.find(deviceId).orElse(null);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("seq", decoded.seq());
    for (Metric metric : decoded.metrics()) {
      int index = plc == null ? -1 : plc.indexOfAlias(metric.alias());
      String name =
          index < 0
              ? "alias " + metric.alias()
              : plc.tags().get(index).name() + " (" + plc.tags().get(index).unit() + ")";
      values.put(name, metric.quality().isGood() ? metric.value() : "bad quality");
    }
    return values;
  }

  private static void checkDatatypes(Plc plc, MetricsPayload payload) {
    for (Metric metric : payload.metrics()) {
      int index = plc.indexOfAlias(metric.alias());
      if (index >= 0 && plc.tags().get(index).dataType() != metric.dataType()) {
        Tag tag = plc.tags().get(index);
        throw new MalformedReadingException(
            String.format(
                "alias %s (%s) carries %s but %s declares %s",
                Long.toUnsignedString(metric.alias()),
                tag.name(),
                metric.dataType(),
                plc.deviceId(),
                tag.dataType()));
      }
    }
  }
}
