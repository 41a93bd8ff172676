package io.qgate.pipeline.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.pipeline.application.GatewayKeys;
import io.qgate.pipeline.domain.LiveReading;
import io.qgate.pipeline.domain.ReadingsWindow;
import io.qgate.pipeline.fixtures.FakeVault;
import io.qgate.pipeline.fixtures.MutableClock;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.telemetry.envelope.DeviceKeyCache;
import io.qgate.telemetry.envelope.DeviceSequences;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveWindowFeedTest {

  private static final String TOPIC = "qgate.grid.pmu.v1";
  private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");
  private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
  private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

  private final MutableClock clock = new MutableClock(T.plusSeconds(5));
  private final FakeVault vault = FakeVault.allowing(AeadAlgorithm.AES_256_GCM);
  private final GatewayKeys keys =
      new GatewayKeys(vault, Duration.ofHours(1), Map.of("pmu-1", "PMU", "pmu-2", "PMU"), clock);
  private final EnvelopeSealer sealer =
      new EnvelopeSealer(keys, new DeviceSequences(), clock, new DeviceKeyCache(64));
  private final ReadingsWindow window = ReadingsWindow.lastMinute();
  private final Kafka kafka = new Kafka();
  private final LiveWindowFeed feed =
      new LiveWindowFeed(
          kafka, TOPIC, new EnvelopeOpener(vault.readerCopies()), new TextMonitor(), window, clock);

  @AfterEach
  void close() {
    feed.close();
    sealer.close();
    keys.destroy();
  }

  @Test
  void readsEveryPartitionFromAMinuteBackAndOpensOneRecordADeviceASecond() throws Exception {
    twoPartitions(Map.of(P0, 0L)); // P1 holds nothing from the last minute: read from its end
    kafka.updateEndOffsets(Map.of(P0, 0L, P1, 7L));
    feed.pollOnce(Duration.ZERO);
    assertThat(kafka.assignment()).containsExactlyInAnyOrder(P0, P1);
    assertThat(kafka.searched)
        .containsOnlyKeys(P0, P1)
        .containsValue(T.minusSeconds(55).toEpochMilli());

    kafka.addRecord(record(P0, 0, "pmu-1", T, seal("pmu-1", "a")));
    kafka.addRecord(record(P0, 1, "pmu-1", T.plusMillis(20), seal("pmu-1", "b")));
    kafka.addRecord(record(P0, 2, "pmu-1", T.plusMillis(1_000), seal("pmu-1", "c")));
    kafka.addRecord(record(P1, 7, "pmu-2", T, seal("pmu-2", "d")));
    feed.pollOnce(Duration.ZERO);

    assertThat(window.of("pmu-1"))
        .extracting(r -> r.values().get("text"))
        .containsExactly("a", "c");
    assertThat(window.latest()).extracting(LiveReading::deviceId).containsExactly("pmu-1", "pmu-2");
    assertThat(feed.opened).hasValue(3); // "b" came 20 ms after "a": never decrypted
  }

  @Test
  void showsOnlyWhatTheEnvelopeAuthenticatesForTheKeysDeviceAndNothingOlderThanShown()
      throws Exception {
    twoPartitions(Map.of(P0, 0L, P1, 0L));
    feed.pollOnce(Duration.ZERO);
    byte[] first = seal("pmu-1", "first");
    byte[] second = seal("pmu-1", "second");
    byte[] tampered = seal("pmu-1", "tampered");
    tampered[tampered.length - 1] ^= 1;

    kafka.addRecord(record(P0, 0, "pmu-2", T, seal("pmu-1", "under another key")));
    kafka.addRecord(record(P0, 1, "pmu-1", T, tampered));
    kafka.addRecord(record(P0, 2, "pmu-1", T.plusSeconds(1), second));
    kafka.addRecord(record(P0, 3, "pmu-1", T.plusSeconds(2), first)); // written again, later
    feed.pollOnce(Duration.ZERO);

    assertThat(window.of("pmu-2")).isEmpty();
    assertThat(window.of("pmu-1"))
        .extracting(r -> r.values().get("text"))
        .containsExactly("second");
  }

  @Test
  void waitsForTheTopicAndTakesItsPartitionsOnceItExists() throws Exception {
    feed.pollOnce(Duration.ZERO);
    assertThat(kafka.assignment()).isEmpty();

    twoPartitions(Map.of(P0, 0L, P1, 0L));
    feed.pollOnce(Duration.ZERO);

    assertThat(kafka.assignment()).containsExactlyInAnyOrder(P0, P1);
  }

  private void twoPartitions(Map<TopicPartition, Long> offsetsFound) {
    Node broker = new Node(1, "localhost", 9092);
    kafka.updatePartitions(
        TOPIC,
        List.of(
            new PartitionInfo(TOPIC, 0, broker, new Node[0], new Node[0]),
            new PartitionInfo(TOPIC, 1, broker, new Node[0], new Node[0])));
    kafka.found.putAll(offsetsFound);
  }

  private byte[] seal(String device, String text) {
    keys.rotateIfDue();
    return sealer.seal(TOPIC, device, text.getBytes(UTF_8));
  }

  private static ConsumerRecord<byte[], byte[]> record(
      TopicPartition partition, long offset, String key, Instant time, byte[] envelope) {
    return new ConsumerRecord<>(
        TOPIC,
        partition.partition(),
        offset,
        time.toEpochMilli(),
        TimestampType.CREATE_TIME,
        0,
        envelope.length,
        key.getBytes(UTF_8),
        envelope,
        new RecordHeaders(),
        Optional.empty());
  }

  /** Kafka's mock, with the offset search it leaves out: found offsets as set, others none. */
  private static final class Kafka extends MockConsumer<byte[], byte[]> {
    final Map<TopicPartition, Long> found = new HashMap<>();
    final Map<TopicPartition, Long> searched = new HashMap<>();

    Kafka() {
      super("latest");
    }

    @Override
    public synchronized Map<TopicPartition, OffsetAndTimestamp> offsetsForTimes(
        Map<TopicPartition, Long> timestamps) {
      searched.putAll(timestamps);
      Map<TopicPartition, OffsetAndTimestamp> offsets = new HashMap<>();
      timestamps.forEach(
          (partition, time) -> {
            Long offset = found.get(partition);
            offsets.put(partition, offset == null ? null : new OffsetAndTimestamp(offset, time));
          });
      return offsets;
    }
  }

  /** A reading's values are its text. */
  private static final class TextMonitor implements TelemetryMonitor {
    @Override
    public String topic() {
      return TOPIC;
    }

    @Override
    public List<Alert> inspect(String deviceId, Instant time, byte[] payload) {
      return List.of();
    }

    @Override
    public Map<String, Object> values(String deviceId, byte[] payload) {
      return Map.of("text", new String(payload, UTF_8));
    }
  }
}
