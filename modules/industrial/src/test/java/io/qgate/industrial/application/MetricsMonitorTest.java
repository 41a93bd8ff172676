package io.qgate.industrial.application;

import static io.qgate.industrial.application.TestPlcs.PLC;
import static io.qgate.industrial.application.TestPlcs.T0;
import static io.qgate.industrial.application.TestPlcs.payload;
import static io.qgate.industrial.domain.alarm.IndustrialAlarmTypes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.industrial.domain.metric.Metric;
import io.qgate.industrial.domain.metric.MetricsPayload;
import io.qgate.industrial.domain.metric.MetricsPayloadCodec;
import io.qgate.industrial.domain.metric.StatusCode;
import io.qgate.industrial.domain.plant.TagDirectory;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsMonitorTest {

  private final MetricsMonitor monitor = new MetricsMonitor(TagDirectory.of(List.of(PLC)));
  private int seq;

  private List<Alert> feed(double... temperatures) {
    List<Alert> alerts = new ArrayList<>();
    for (double t : temperatures) {
      alerts.addAll(monitor.inspect(PLC.deviceId(), T0, payload(seq++, t)));
    }
    return alerts;
  }

  private List<Alert> feed(StatusCode quality, double temperature) {
    return monitor.inspect(PLC.deviceId(), T0, payload(seq++, temperature, quality));
  }

  private static List<String> types(List<Alert> alerts) {
    return alerts.stream().map(Alert::type).toList();
  }

  @Test
  void anExcursionRaisesOneAlarmAndOneClear() {
    assertThat(feed(75, 80, 94.9)).isEmpty();
    List<Alert> raised = feed(95.5, 97, 99, 96, 95.2);
    assertThat(types(raised)).containsExactly(THRESHOLD_HIGH);
    assertThat(feed(94.5, 94.1)).as("inside the limit but not by the deadband").isEmpty();
    List<Alert> cleared = feed(93.9, 80, 75);
    assertThat(types(cleared)).containsExactly(THRESHOLD_HIGH_CLEARED);

    Alert alert = raised.get(0);
    assertThat(alert.severity()).isEqualTo("CRITICAL");
    assertThat(alert.tenant()).isEqualTo("PLANT");
    assertThat(alert.sourceKind()).isEqualTo("DEVICE");
    assertThat(alert.sourceId()).isEqualTo(PLC.deviceId());
    assertThat(alert.details())
        .containsEntry("tag", "line1/reactor/temperature")
        .containsEntry("value", 95.5)
        .containsEntry("limit", 95.0)
        .containsEntry("deadband", 1.0)
        .containsEntry("unit", "°C")
        .containsEntry("quality", "Good")
        .containsEntry("line", "line1")
        .containsEntry("plant", "plant1");
    assertThat(alert.message()).contains("line1/reactor/temperature", "95.5", "above", "HI");
    assertThat(cleared.get(0).severity()).isEqualTo("INFO");
    assertThat(cleared.get(0).details()).containsEntry("value", 93.9);
  }

  @Test
  void noiseAroundTheLimitWithinTheDeadbandDoesNotFlood() {
    List<Alert> alerts = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      alerts.addAll(feed(i % 2 == 0 ? 95.4 : 94.2));
    }
    assertThat(types(alerts)).containsExactly(THRESHOLD_HIGH);
  }

  @Test
  void theLowLimitWorksTheSameWay() {
    assertThat(types(feed(50, 39, 35, 40.5, 40.9))).containsExactly(THRESHOLD_LOW);
    assertThat(types(feed(41.0))).containsExactly(THRESHOLD_LOW_CLEARED);
  }

  @Test
  void aJumpFromHighToLowClearsOneAndRaisesTheOther() {
    assertThat(types(feed(100, 20)))
        .containsExactly(THRESHOLD_HIGH, THRESHOLD_HIGH_CLEARED, THRESHOLD_LOW);
  }

  @Test
  void badQualityIsRaisedOnceAndClearedWhenGoodAgain() {
    feed(75);
    List<Alert> bad = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      bad.addAll(feed(StatusCode.BAD_SENSOR_FAILURE, 75));
    }
    bad.addAll(feed(StatusCode.BAD_COMMUNICATION_ERROR, 75));
    assertThat(types(bad)).containsExactly(BAD_QUALITY);
    assertThat(bad.get(0).severity()).isEqualTo("CRITICAL");
    assertThat(bad.get(0).details())
        .containsEntry("quality", "BadSensorFailure")
        .containsEntry("qualityCode", "0x808B0000");

    List<Alert> good = feed(StatusCode.GOOD, 75);
    assertThat(types(good)).containsExactly(BAD_QUALITY_CLEARED);
    assertThat(good.get(0).severity()).isEqualTo("INFO");
    assertThat(feed(75, 75)).isEmpty();
  }

  @Test
  void uncertainQualityIsAWarningAndMovingToBadSwapsTheAlarms() {
    List<Alert> uncertain = feed(StatusCode.UNCERTAIN_LAST_USABLE_VALUE, 75);
    assertThat(types(uncertain)).containsExactly(UNCERTAIN_QUALITY);
    assertThat(uncertain.get(0).severity()).isEqualTo("WARNING");
    assertThat(types(feed(StatusCode.BAD_SENSOR_FAILURE, 75)))
        .containsExactly(UNCERTAIN_QUALITY_CLEARED, BAD_QUALITY);
    assertThat(types(feed(StatusCode.GOOD, 75))).containsExactly(BAD_QUALITY_CLEARED);
  }

  @Test
  void valuesThatAreNotGoodNeitherRaiseNorClearThresholds() {
    assertThat(types(feed(StatusCode.BAD_SENSOR_FAILURE, 500))).containsExactly(BAD_QUALITY);
    assertThat(types(feed(StatusCode.GOOD, 97)))
        .containsExactly(BAD_QUALITY_CLEARED, THRESHOLD_HIGH);
    assertThat(types(feed(StatusCode.UNCERTAIN_LAST_USABLE_VALUE, 20)))
        .containsExactly(UNCERTAIN_QUALITY);
  }

  @Test
  void aSequenceGapRaisesOneWarningAndWrappingIsNoGap() {
    List<Alert> alerts = new ArrayList<>();
    for (int s = 250; s < 262; s++) {
      alerts.addAll(monitor.inspect(PLC.deviceId(), T0, payload(s, 75)));
    }
    assertThat(alerts).as("255 is followed by 0").isEmpty();

    List<Alert> gap = monitor.inspect(PLC.deviceId(), T0, payload(9, 75));
    assertThat(types(gap)).containsExactly(METRICS_GAP);
    assertThat(gap.get(0).severity()).isEqualTo("WARNING");
    assertThat(gap.get(0).details())
        .containsEntry("previousSeq", 5)
        .containsEntry("receivedSeq", 9)
        .containsEntry("missing", 3);
    assertThat(monitor.inspect(PLC.deviceId(), T0, payload(10, 75))).isEmpty();
    assertThat(monitor.inspect(PLC.deviceId(), T0, payload(12, 75)))
        .singleElement()
        .satisfies(alert -> assertThat(alert.details()).containsEntry("missing", 1));
  }

  @Test
  void unknownDevicesAndAliasesAreReportedOnce() {
    assertThat(types(monitor.inspect("plc-x", T0, payload(0, 75)))).containsExactly(UNKNOWN_DEVICE);
    assertThat(monitor.inspect("plc-x", T0, payload(1, 75))).isEmpty();

    byte[] unknownAlias =
        MetricsPayloadCodec.encode(
            new MetricsPayload(0, 0, List.of(Metric.ofInt32(99, 0, StatusCode.GOOD, 1))));
    assertThat(types(monitor.inspect(PLC.deviceId(), T0, unknownAlias)))
        .containsExactly(UNKNOWN_TAG);
    assertThat(monitor.inspect(PLC.deviceId(), T0, unknownAlias).stream().map(Alert::type))
        .as("seq 0 again is a gap, the alias is not reported twice")
        .containsExactly(METRICS_GAP);
  }

  @Test
  void malformedPayloadsAndDatatypeMismatchesThrow() {
    assertThatThrownBy(() -> monitor.inspect(PLC.deviceId(), T0, new byte[] {1, 2, 3}))
        .isInstanceOf(MalformedReadingException.class);
    byte[] wrongType =
        MetricsPayloadCodec.encode(
            new MetricsPayload(
                0, 0, List.of(Metric.ofFloat(TestPlcs.TEMPERATURE, 0, StatusCode.GOOD, 1f))));
    assertThatThrownBy(() -> monitor.inspect(PLC.deviceId(), T0, wrongType))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("carries FLOAT but plc-plant1-line1-1 declares DOUBLE");
  }

  @Test
  void monitorsTheIndustrialTopic() {
    assertThat(monitor.topic()).isEqualTo("qgate.industrial.metrics.v1");
  }
}
