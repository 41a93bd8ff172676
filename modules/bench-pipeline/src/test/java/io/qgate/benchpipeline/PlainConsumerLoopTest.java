package io.qgate.benchpipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class PlainConsumerLoopTest {

  private static final TopicPartition P0 = new TopicPartition("t", 0);
  private static final TopicPartition P1 = new TopicPartition("t", 1);

  private final List<String> inspected = new ArrayList<>();
  private final TelemetryMonitor monitor =
      new TelemetryMonitor() {
        @Override
        public java.util.Map<String, Object> values(String deviceId, byte[] payload) {
          return java.util.Map.of("bytes", payload.length);
        }

        @Override
        public String topic() {
          return "t";
        }

        @Override
        public List<Alert> inspect(String deviceId, Instant time, byte[] payload) {
          inspected.add(
              deviceId
                  + "@"
                  + time.toEpochMilli()
                  + "="
                  + new String(payload, StandardCharsets.UTF_8));
          return List.of();
        }
      };

  private static ConsumerRecord<byte[], byte[]> record(
      TopicPartition p, long offset, String key, long timestamp, String value) {
    return new ConsumerRecord<>(
        p.topic(),
        p.partition(),
        offset,
        timestamp,
        TimestampType.CREATE_TIME,
        key.length(),
        value.length(),
        key.getBytes(StandardCharsets.UTF_8),
        value.getBytes(StandardCharsets.UTF_8),
        new RecordHeaders(),
        Optional.empty());
  }

  @Test
  void checksEveryRecordWithKeyAndTimestampThenCommitsTheNextOffsets() {
    MockConsumer<byte[], byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    consumer.assign(List.of(P0, P1));
    consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    consumer.addRecord(record(P0, 0, "pmu-1-1", 100, "f0"));
    consumer.addRecord(record(P0, 1, "pmu-1-1", 117, "f1"));
    consumer.addRecord(record(P1, 0, "pmu-1-2", 101, "g0"));
    PlainConsumerLoop loop = new PlainConsumerLoop(consumer, new FrameChecker(monitor, () -> 0L));

    int handled = loop.pollOnce(Duration.ZERO);

    assertThat(handled).isEqualTo(3);
    assertThat(inspected)
        .containsExactlyInAnyOrder("pmu-1-1@100=f0", "pmu-1-1@117=f1", "pmu-1-2@101=g0");
    assertThat(inspected.indexOf("pmu-1-1@100=f0")).isLessThan(inspected.indexOf("pmu-1-1@117=f1"));
    assertThat(consumer.committed(java.util.Set.of(P0, P1)))
        .containsEntry(P0, new OffsetAndMetadata(2))
        .containsEntry(P1, new OffsetAndMetadata(1));
  }

  @Test
  void anEmptyPollCommitsNothing() {
    MockConsumer<byte[], byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    consumer.assign(List.of(P0));
    consumer.updateBeginningOffsets(Map.of(P0, 0L));
    PlainConsumerLoop loop = new PlainConsumerLoop(consumer, new FrameChecker(monitor, () -> 0L));

    assertThat(loop.pollOnce(Duration.ZERO)).isZero();
    assertThat(consumer.committed(java.util.Set.of(P0)).get(P0)).isNull();
  }
}
