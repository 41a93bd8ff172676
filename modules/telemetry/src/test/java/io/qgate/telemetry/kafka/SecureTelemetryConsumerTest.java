package io.qgate.telemetry.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumer loop's rules on Kafka's mock clients: duplicate by offset, replay by sequence. */
class SecureTelemetryConsumerTest {

  private static final TopicPartition PARTITION = new TopicPartition(Fixtures.TOPIC, 0);

  private final MasterKey masterKey = Fixtures.masterKey(1);
  private final EnvelopeSealer sealer = Fixtures.sealer(masterKey, Algorithm.ASCON_AEAD128);
  private final EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(masterKey));
  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final MockProducer<byte[], byte[]> dlq =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
  private final List<Accepted> handled = new ArrayList<>();
  private SecureTelemetryConsumer loop;

  @BeforeEach
  void assign() {
    consumer.assign(List.of(PARTITION));
    consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
    loop =
        new SecureTelemetryConsumer(
            consumer,
            opener,
            new DeadLetterPublisher(dlq, new RejectionCounts()),
            (telemetry, source) -> handled.add(telemetry));
  }

  @AfterEach
  void close() {
    sealer.close();
    opener.close();
  }

  private ConsumerRecord<byte[], byte[]> record(long offset, byte[] value) {
    return new ConsumerRecord<>(
        Fixtures.TOPIC, 0, offset, Fixtures.DEVICE.getBytes(StandardCharsets.UTF_8), value);
  }

  @Test
  void redeliveredOffsetsAreSkippedButOldSequencesAtNewOffsetsAreReplays() {
    byte[] first = sealer.seal(Fixtures.TOPIC, Fixtures.DEVICE, new byte[] {1});
    byte[] second = sealer.seal(Fixtures.TOPIC, Fixtures.DEVICE, new byte[] {2});
    consumer.addRecord(record(0, first));
    consumer.addRecord(record(1, second));
    assertThat(loop.pollOnce(Duration.ZERO)).isEqualTo(2);
    assertThat(consumer.committed(java.util.Set.of(PARTITION)).get(PARTITION).offset())
        .isEqualTo(2);

    // a rebalance delivers offsets 0 and 1 again, and someone re-published the first at offset 2
    consumer.seek(PARTITION, 0);
    consumer.addRecord(record(0, first));
    consumer.addRecord(record(1, second));
    consumer.addRecord(record(2, first));
    assertThat(loop.pollOnce(Duration.ZERO)).isZero();

    assertThat(handled).extracting(a -> a.payload()[0]).containsExactly((byte) 1, (byte) 2);
    assertThat(loop.duplicates()).isEqualTo(2);
    assertThat(loop.rejections().count(RejectReason.REPLAY)).isEqualTo(1);
    assertThat(dlq.history()).hasSize(1);
    ProducerRecord<byte[], byte[]> dead = dlq.history().get(0);
    assertThat(dead.topic()).isEqualTo(Fixtures.TOPIC + ".dlq");
    assertThat(dead.value()).isEqualTo(first);
    assertThat(header(dead, DeadLetterPublisher.REASON)).isEqualTo("REPLAY");
    assertThat(header(dead, DeadLetterPublisher.SOURCE_OFFSET)).isEqualTo("2");
    assertThat(header(dead, DeadLetterPublisher.SOURCE_PARTITION)).isEqualTo("0");
    assertThat(header(dead, DeadLetterPublisher.SOURCE_TOPIC)).isEqualTo(Fixtures.TOPIC);
    assertThat(consumer.committed(java.util.Set.of(PARTITION)).get(PARTITION).offset())
        .isEqualTo(3);
  }

  @Test
  void aFailingHandlerGetsTheRecordAgainAndItIsNotAReplay() {
    byte[] first = sealer.seal(Fixtures.TOPIC, Fixtures.DEVICE, new byte[] {1});
    byte[] second = sealer.seal(Fixtures.TOPIC, Fixtures.DEVICE, new byte[] {2});
    boolean[] failOnce = {true};
    SecureTelemetryConsumer flaky =
        new SecureTelemetryConsumer(
            consumer,
            opener,
            new DeadLetterPublisher(dlq, new RejectionCounts()),
            (telemetry, source) -> {
              if (telemetry.payload()[0] == 2 && failOnce[0]) {
                failOnce[0] = false;
                throw new IllegalStateException("database down");
              }
              handled.add(telemetry);
            });
    consumer.addRecord(record(0, first));
    consumer.addRecord(record(1, second));
    assertThatThrownBy(() -> flaky.pollOnce(Duration.ZERO))
        .isInstanceOf(TelemetryConsumerException.class)
        .hasRootCauseMessage("database down");
    assertThat(consumer.position(PARTITION)).isEqualTo(1);
    assertThat(consumer.committed(java.util.Set.of(PARTITION)).get(PARTITION).offset())
        .isEqualTo(1);

    consumer.addRecord(record(1, second));
    assertThat(flaky.pollOnce(Duration.ZERO)).isEqualTo(1);
    assertThat(handled).extracting(a -> a.payload()[0]).containsExactly((byte) 1, (byte) 2);
    assertThat(dlq.history()).isEmpty();
  }

  @Test
  void aRecordWithoutValueIsDeadLetteredNotDropped() {
    consumer.addRecord(record(0, null));
    consumer.addRecord(record(1, new byte[] {1, 1, 0}));
    loop.pollOnce(Duration.ZERO);
    assertThat(loop.rejections().count(RejectReason.TRUNCATED)).isEqualTo(1);
    assertThat(loop.rejections().count(RejectReason.MALFORMED)).isEqualTo(1);
    assertThat(loop.rejections().total()).isEqualTo(2);
    assertThat(dlq.history()).hasSize(2);
  }

  @Test
  void aDeadLetterTopicThatFailsStopsTheBatchWithoutCommitting() {
    SecureTelemetryConsumer stuck =
        new SecureTelemetryConsumer(
            consumer,
            opener,
            new DeadLetterPublisher(
                new MockProducer<>(
                    true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
                  @Override
                  public synchronized java.util.concurrent.Future<
                          org.apache.kafka.clients.producer.RecordMetadata>
                      send(ProducerRecord<byte[], byte[]> record) {
                    return java.util.concurrent.CompletableFuture.failedFuture(
                        new org.apache.kafka.common.errors.TimeoutException("dlq down"));
                  }
                },
                new RejectionCounts()),
            (telemetry, source) -> handled.add(telemetry));
    consumer.addRecord(record(0, new byte[] {9}));
    assertThatThrownBy(() -> stuck.pollOnce(Duration.ZERO))
        .isInstanceOf(TelemetryConsumerException.class);
    assertThat(consumer.position(PARTITION)).isZero();
    assertThat(consumer.committed(java.util.Set.of(PARTITION))).doesNotContainKey(PARTITION);
    assertThat(stuck.rejections().total()).isZero();
  }

  private static String header(ProducerRecord<byte[], byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
