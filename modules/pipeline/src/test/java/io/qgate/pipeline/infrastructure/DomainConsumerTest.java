package io.qgate.pipeline.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import io.qgate.telemetry.envelope.Accepted;
import io.qgate.telemetry.envelope.Algorithm;
import io.qgate.telemetry.keys.Epoch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DomainConsumerTest {

  private static final String TOPIC = "qgate.grid.pmu.v1";
  private static final Instant STAMPED = Instant.parse("2026-11-27T01:02:03.456Z");

  private final FakeMonitor monitor = new FakeMonitor();
  private final List<Alert> raised = new ArrayList<>();
  private final DomainConsumer consumer = new DomainConsumer(TOPIC, monitor, raised::add);

  @Test
  void handsTheReadingToTheMonitorWithTheGatewaysTimestamp() {
    consumer.handle(accepted("pmu-1", "ok"), record(STAMPED));

    assertThat(monitor.inspected).containsExactly("pmu-1 " + STAMPED + " ok");
    assertThat(consumer.accepted).hasValue(1);
  }

  @Test
  void raisesEveryAlertTheMonitorReturns() {
    Alert rocof = alert("ROCOF_EXCEEDED");
    Alert frequency = alert("FREQUENCY_DEVIATION");
    monitor.alerts = List.of(rocof, frequency);

    consumer.handle(accepted("pmu-1", "ok"), record(STAMPED));

    assertThat(raised).containsExactly(rocof, frequency);
    assertThat(consumer.alertsRaised).hasValue(2);
  }

  @Test
  void aReadingWithoutAlertsRaisesNone() {
    consumer.handle(accepted("pmu-1", "ok"), record(STAMPED));

    assertThat(raised).isEmpty();
    assertThat(consumer.alertsRaised).hasValue(0);
  }

  @Test
  void countsAMalformedPayloadWithoutThrowingOrAlerting() {
    monitor.alerts = List.of(alert("ROCOF_EXCEEDED"));

    assertThatCode(() -> consumer.handle(accepted("pmu-1", "garbage"), record(STAMPED)))
        .doesNotThrowAnyException();

    assertThat(consumer.malformed).hasValue(1);
    assertThat(consumer.accepted).hasValue(1);
    assertThat(raised).isEmpty();
  }

  @Test
  void countsEveryMalformedPayloadAndKeepsHandlingGoodOnes() {
    for (int i = 0; i < 2_500; i++) {
      consumer.handle(accepted("pmu-1", "garbage"), record(STAMPED));
    }
    monitor.alerts = List.of(alert("ROCOF_EXCEEDED"));
    consumer.handle(accepted("pmu-1", "ok"), record(STAMPED));

    assertThat(consumer.malformed).hasValue(2_500);
    assertThat(consumer.accepted).hasValue(2_501);
    assertThat(raised).hasSize(1);
  }

  private static Accepted accepted(String device, String payload) {
    return new Accepted(
        device,
        1,
        UUID.randomUUID(),
        new Epoch(0, 0),
        Algorithm.AES_256_GCM,
        payload.getBytes(UTF_8));
  }

  private static ConsumerRecord<byte[], byte[]> record(Instant timestamp) {
    return new ConsumerRecord<>(
        TOPIC,
        0,
        17L,
        timestamp.toEpochMilli(),
        TimestampType.CREATE_TIME,
        0,
        0,
        new byte[0],
        new byte[0],
        new RecordHeaders(),
        Optional.empty());
  }

  private static Alert alert(String type) {
    return Alert.device(type, "WARNING", Tenant.UTILITY, "pmu-1", type, Map.of());
  }

  /** Alerts as set; "garbage" is not in the domain's format. */
  private static final class FakeMonitor implements TelemetryMonitor {

    final List<String> inspected = new ArrayList<>();
    List<Alert> alerts = List.of();

    @Override
    public java.util.Map<String, Object> values(String deviceId, byte[] payload) {

      return java.util.Map.of("bytes", payload.length);
    }

    @Override
    public String topic() {
      return TOPIC;
    }

    @Override
    public List<Alert> inspect(String deviceId, Instant time, byte[] payload) {
      String text = new String(payload, UTF_8);
      if (text.equals("garbage")) {
        throw new MalformedReadingException("not a PMU frame");
      }
      inspected.add(deviceId + " " + time + " " + text);
      return alerts;
    }
  }
}
