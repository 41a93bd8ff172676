package io.qgate.alerts.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.alert.Alert;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's consumer loop against Kafka's MockConsumer: offsets are committed only after the
 * batch is stored; a failed store commits nothing and reads the batch again; malformed records are
 * counted and skipped, never stop the loop.
 */
class AlertStoreLoopTest {

  private static final TopicPartition P0 = new TopicPartition(AlertStoreConsumer.TOPIC, 0);
  private static final TopicPartition P1 = new TopicPartition(AlertStoreConsumer.TOPIC, 1);

  private MockConsumer<byte[], byte[]> kafka;
  private final Map<UUID, Alert> stored = new LinkedHashMap<>();
  private final List<Integer> batches = new ArrayList<>();
  private boolean databaseDown;

  @BeforeEach
  void consumer() {
    kafka = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    kafka.assign(List.of(P0, P1));
    Map<TopicPartition, Long> beginning = new HashMap<>();
    beginning.put(P0, 0L);
    beginning.put(P1, 0L);
    kafka.updateBeginningOffsets(beginning);
  }

  @Test
  void aBatchIsCommittedAfterItIsStoredAndMalformedRecordsAreSkippedAndCounted() {
    AlertStoreLoop loop = new AlertStoreLoop(kafka, this::store);
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    kafka.addRecord(record(P0, 0, json(a)));
    kafka.addRecord(record(P0, 1, "not json at all"));
    kafka.addRecord(record(P1, 0, json(b)));
    kafka.addRecord(record(P1, 1, json(a))); // the same alert again: the store ignores it

    assertThat(loop.pollOnce(Duration.ZERO)).isEqualTo(2);

    assertThat(stored).containsOnlyKeys(a, b);
    assertThat(batches).containsExactly(3);
    assertThat(loop.received()).isEqualTo(4);
    assertThat(loop.malformed()).isEqualTo(1);
    assertThat(loop.stored()).isEqualTo(2);
    assertThat(kafka.committed(Set.of(P0, P1)))
        .containsEntry(P0, new OffsetAndMetadata(2))
        .containsEntry(P1, new OffsetAndMetadata(2));
  }

  @Test
  void aBatchOfOnlyMalformedRecordsIsCommittedWithoutTouchingTheStore() {
    AlertStoreLoop loop = new AlertStoreLoop(kafka, this::store);
    kafka.addRecord(record(P0, 0, "{}"));
    kafka.addRecord(record(P0, 1, null));
    assertThat(loop.pollOnce(Duration.ZERO)).isZero();
    assertThat(batches).isEmpty();
    assertThat(loop.malformed()).isEqualTo(2);
    assertThat(kafka.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(2));
  }

  @Test
  void whenTheStoreFailsNothingIsCommittedAndTheBatchComesAgain() {
    AlertStoreLoop loop = new AlertStoreLoop(kafka, this::store);
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    kafka.addRecord(record(P0, 0, json(a)));
    kafka.addRecord(record(P0, 1, json(b)));
    databaseDown = true;

    assertThatThrownBy(() -> loop.pollOnce(Duration.ZERO))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stored).isEmpty();
    assertThat(loop.storeFailures()).isEqualTo(1);
    assertThat(kafka.committed(Set.of(P0))).doesNotContainKey(P0);
    assertThat(kafka.position(P0)).isZero();

    // The database is back: the same records are read and stored, then committed.
    databaseDown = false;
    kafka.addRecord(record(P0, 0, json(a)));
    kafka.addRecord(record(P0, 1, json(b)));
    assertThat(loop.pollOnce(Duration.ZERO)).isEqualTo(2);
    assertThat(stored).containsOnlyKeys(a, b);
    assertThat(kafka.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(2));
  }

  // --- helpers ------------------------------------------------------------------------------

  private int store(List<Alert> batch) {
    if (databaseDown) {
      throw new IllegalStateException("database unavailable");
    }
    batches.add(batch.size());
    int fresh = 0;
    for (Alert alert : batch) {
      if (stored.putIfAbsent(alert.alertId(), alert) == null) {
        fresh++;
      }
    }
    return fresh;
  }

  private static ConsumerRecord<byte[], byte[]> record(
      TopicPartition partition, long offset, String value) {
    return new ConsumerRecord<>(
        partition.topic(),
        partition.partition(),
        offset,
        "UTILITY".getBytes(StandardCharsets.UTF_8),
        value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  private static String json(UUID alertId) {
    return "{\"alertId\":\""
        + alertId
        + "\",\"details\":{},\"message\":\"m\",\"raisedAt\":\"2026-11-27T03:00:00Z\","
        + "\"severity\":\"WARNING\",\"source\":{\"id\":\"pmu-1\",\"kind\":\"DEVICE\"},"
        + "\"tenant\":\"UTILITY\",\"type\":\"PMU_FREQUENCY_EXCURSION\"}";
  }
}
