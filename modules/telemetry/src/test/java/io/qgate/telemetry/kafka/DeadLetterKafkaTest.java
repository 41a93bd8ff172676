package io.qgate.telemetry.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.devstack.EmbeddedKafka;
import io.qgate.devstack.Ports;
import io.qgate.telemetry.envelope.Accepted;
import io.qgate.telemetry.envelope.Algorithm;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.Fixtures;
import io.qgate.telemetry.envelope.MasterKeys;
import io.qgate.telemetry.envelope.RejectReason;
import io.qgate.telemetry.keys.MasterKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile records produced raw to a real broker: each is rejected, counted, and found on the
 * dead-letter topic with its reason, its source and its original bytes; the good ones get through.
 */
@Timeout(60)
class DeadLetterKafkaTest {

  private static final String TOPIC = "qgate.grid.pmu.v1";

  @Test
  void rejectedRecordsLandOnTheDeadLetterTopicWithTheirReasons() throws Exception {
    MasterKey gatewayKey = Fixtures.masterKey(1);
    MasterKey strangerKey = Fixtures.masterKey(2);
    byte[] first;
    byte[] second;
    byte[] otherTopic;
    byte[] unknownKey;
    try (EnvelopeSealer sealer = Fixtures.sealer(gatewayKey, Algorithm.AES_256_GCM);
        EnvelopeSealer stranger = Fixtures.sealer(strangerKey, Algorithm.AES_256_GCM)) {
      first = sealer.seal(TOPIC, "pmu-1", new byte[] {1});
      second = sealer.seal(TOPIC, "pmu-1", new byte[] {2});
      otherTopic = sealer.seal("qgate.health.vitals.v1", "pmu-2", new byte[] {3});
      unknownKey = stranger.seal(TOPIC, "pmu-3", new byte[] {4});
    }
    byte[] tampered = first.clone();
    tampered[tampered.length - 1] ^= 1;
    byte[] truncated = Arrays.copyOf(second, 20);
    Map<String, byte[]> sent = new HashMap<>();
    sent.put("AUTHENTICATION_FAILED/tampered", tampered);
    sent.put("AUTHENTICATION_FAILED/topic", otherTopic);
    sent.put("REPLAY", first);
    sent.put("UNKNOWN_KEY", unknownKey);
    sent.put("TRUNCATED", truncated);

    int port = Ports.anyFree();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(KafkaClients.dataDirectory("dlq"), port)) {
      String bootstrap = kafka.bootstrapServers();
      try (KafkaProducer<byte[], byte[]> producer = KafkaClients.rawProducer(bootstrap)) {
        for (byte[] value :
            List.of(first, tampered, otherTopic, first, unknownKey, truncated, second)) {
          producer.send(new ProducerRecord<>(TOPIC, value)).get();
        }
      }

      List<Accepted> accepted = new ArrayList<>();
      SecureTelemetryConsumer loop;
      try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.consumer(bootstrap, "dlq-test");
          KafkaProducer<byte[], byte[]> dlqProducer = KafkaClients.rawProducer(bootstrap);
          EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(gatewayKey))) {
        consumer.subscribe(List.of(TOPIC));
        loop =
            new SecureTelemetryConsumer(
                consumer,
                opener,
                new DeadLetterPublisher(dlqProducer, new RejectionCounts()),
                (telemetry, source) -> accepted.add(telemetry));
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while ((accepted.size() < 2 || loop.rejections().total() < 5)
            && System.nanoTime() < deadline) {
          loop.pollOnce(Duration.ofMillis(200));
        }
      }

      assertThat(accepted).extracting(a -> a.payload()[0]).containsExactly((byte) 1, (byte) 2);
      assertThat(loop.rejections().snapshot())
          .containsEntry(RejectReason.AUTHENTICATION_FAILED, 2L)
          .containsEntry(RejectReason.REPLAY, 1L)
          .containsEntry(RejectReason.UNKNOWN_KEY, 1L)
          .containsEntry(RejectReason.TRUNCATED, 1L);
      assertThat(loop.rejections().total()).isEqualTo(5);

      List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
      try (KafkaConsumer<byte[], byte[]> reader = KafkaClients.consumer(bootstrap, "dlq-reader")) {
        reader.subscribe(List.of(DeadLetterPublisher.topicFor(TOPIC)));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (dead.size() < 5 && System.nanoTime() < deadline) {
          reader.poll(Duration.ofMillis(200)).forEach(dead::add);
        }
      }
      assertThat(dead).hasSize(5);
      for (ConsumerRecord<byte[], byte[]> record : dead) {
        String reason = header(record, DeadLetterPublisher.REASON);
        assertThat(header(record, DeadLetterPublisher.SOURCE_TOPIC)).isEqualTo(TOPIC);
        assertThat(header(record, DeadLetterPublisher.SOURCE_PARTITION)).isEqualTo("0");
        assertThat(Long.parseLong(header(record, DeadLetterPublisher.SOURCE_OFFSET)))
            .isBetween(1L, 5L);
        assertThat(header(record, DeadLetterPublisher.DETAIL)).isNotBlank();
        assertThat(sent.entrySet())
            .as("original bytes of a %s record", reason)
            .anySatisfy(
                e -> {
                  assertThat(e.getKey()).startsWith(reason);
                  assertThat(record.value()).isEqualTo(e.getValue());
                });
      }
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
