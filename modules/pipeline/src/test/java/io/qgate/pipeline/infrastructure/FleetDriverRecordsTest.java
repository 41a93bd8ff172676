package io.qgate.pipeline.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.pipeline.fixtures.RecordingDecisions;
import io.qgate.telemetry.envelope.Telemetry;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class FleetDriverRecordsTest {

  private final FakeFleet.Device device = new FakeFleet.Device("plc-1", "PLC", 10);

  @Test
  void sendsToTheFleetsTopicKeyedByDeviceIdStampedWithTheTickTime() {
    FleetDriverHarness gateway = FleetDriverHarness.of(FakeFleet.of(device));

    gateway.tick(1, Duration.ofMillis(100));

    Instant tick = FleetDriverHarness.START.plusMillis(100);
    ProducerRecord<String, Telemetry> record = gateway.sent().get(0);
    assertThat(record.topic()).isEqualTo(FakeFleet.TOPIC);
    assertThat(record.key()).isEqualTo("plc-1");
    assertThat(record.partition()).as("partitioned by key").isNull();
    assertThat(record.timestamp()).isEqualTo(tick.toEpochMilli());
    assertThat(record.value().deviceId()).isEqualTo("plc-1");
    assertThat(record.value().payload()).asString(UTF_8).isEqualTo("plc-1@" + tick);
    assertThat(device.readAt).containsExactly(tick);
  }

  @Test
  void countsSendsTheBrokerAcknowledgesAndSendsThatFailSeparately() {
    FleetDriverHarness gateway =
        new FleetDriverHarness(FakeFleet.of(device), new RecordingDecisions(), false);
    gateway.tick(3, Duration.ofMillis(100));
    assertThat(gateway.sent()).hasSize(3);
    assertThat(gateway.runtime.sent).hasValue(0);

    gateway.producer.completeNext();
    gateway.producer.errorNext(new RuntimeException("broker away"));
    gateway.producer.completeNext();

    assertThat(gateway.runtime.sent).hasValue(2);
    assertThat(gateway.runtime.failed).hasValue(1);
  }

  @Test
  void drawsANewMasterKeyWhenTheCurrentOneIsDue() {
    FleetDriverHarness gateway = FleetDriverHarness.of(FakeFleet.of(device));
    gateway.tick(1, Duration.ofMillis(100));
    assertThat(gateway.vault.issued()).hasSize(1);

    gateway.tick(1, Duration.ofMinutes(10));

    assertThat(gateway.vault.issued()).hasSize(2);
    assertThat(gateway.keys.currentMasterKey().keyId())
        .isEqualTo(gateway.vault.issued(1).key().keyId());
  }
}
