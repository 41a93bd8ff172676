package io.qgate.pipeline.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.qgate.pipeline.domain.ReadingsWindow;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import io.qgate.telemetry.envelope.Accepted;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.OpenResult;
import io.qgate.telemetry.envelope.ReplayGuard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Feeds one domain's live window on this instance from every partition of the domain's topic, so a
 * person's live read answers the same through any instance (the domain consumers share the
 * partitions out among instances). No consumer group, nothing committed: it starts a minute back
 * and only reads. It opens at most the one record a device a second the window keeps, chosen by
 * record key and timestamp before decrypting; the device the envelope authenticates must be the
 * key's, and its sequence above the last shown. What it cannot open it ignores: the domain consumer
 * dead-letters and counts that.
 */
final class LiveWindowFeed implements Runnable {

  private static final Logger LOG = Logger.getLogger(LiveWindowFeed.class.getName());
  private static final Duration LOOK_BACK = Duration.ofMinutes(1);
  // Partitions added to the topic later are picked up within this.
  private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);

  private final Consumer<byte[], byte[]> kafka;
  private final String topic;
  private final EnvelopeOpener opener;
  private final TelemetryMonitor monitor;
  private final ReadingsWindow window;
  private final Clock clock;
  private final ReplayGuard shown = new ReplayGuard();
  private Instant partitionsCheckedAt = Instant.MIN;
  private volatile boolean running = true;

  /** Records decrypted, for tests and the curious: about one a device a second. */
  final AtomicLong opened = new AtomicLong();

  LiveWindowFeed(
      Consumer<byte[], byte[]> kafka,
      String topic,
      EnvelopeOpener opener,
      TelemetryMonitor monitor,
      ReadingsWindow window,
      Clock clock) {
    this.kafka = kafka;
    this.topic = topic;
    this.opener = opener;
    this.monitor = monitor;
    this.window = window;
    this.clock = clock;
  }

  void pollOnce(Duration timeout) throws InterruptedException {
    assignNewPartitions();
    if (kafka.assignment().isEmpty()) {
      Thread.sleep(timeout.toMillis()); // the topic does not exist yet
      return;
    }
    for (ConsumerRecord<byte[], byte[]> record : kafka.poll(timeout)) {
      offer(record);
    }
  }

  private void offer(ConsumerRecord<byte[], byte[]> record) {
    if (record.key() == null || record.value() == null) {
      return;
    }
    String device = new String(record.key(), UTF_8);
    Instant time = Instant.ofEpochMilli(record.timestamp());
    if (!window.wants(device, time)) {
      return;
    }
    opened.incrementAndGet();
    OpenResult result = opener.open(record.topic(), record.value());
    if (result instanceof Accepted reading
        && reading.deviceId().equals(device)
        && shown.isFresh(device, reading.sequence())) {
      shown.accept(device, reading.sequence());
      try {
        window.offer(device, time, () -> monitor.values(device, reading.payload()));
      } catch (MalformedReadingException e) {
        // Counted by the domain consumer.
      }
    }
  }

  private void assignNewPartitions() {
    Instant now = clock.instant();
    // Until the topic exists, look at every poll; then every PARTITION_CHECK.
    if (!kafka.assignment().isEmpty() && now.isBefore(partitionsCheckedAt.plus(PARTITION_CHECK))) {
      return;
    }
    List<PartitionInfo> partitions = kafka.partitionsFor(topic);
    partitionsCheckedAt = now;
    List<TopicPartition> assigned = new ArrayList<>(kafka.assignment());
    Map<TopicPartition, Long> since = new HashMap<>();
    partitions.stream()
        .map(p -> new TopicPartition(topic, p.partition()))
        .filter(p -> !assigned.contains(p))
        .forEach(p -> since.put(p, now.minus(LOOK_BACK).toEpochMilli()));
    if (since.isEmpty()) {
      return;
    }
    assigned.addAll(since.keySet());
    kafka.assign(assigned);
    Map<TopicPartition, OffsetAndTimestamp> start = kafka.offsetsForTimes(since);
    for (TopicPartition partition : since.keySet()) {
      OffsetAndTimestamp offset = start.get(partition);
      if (offset == null) {
        kafka.seekToEnd(List.of(partition)); // nothing in the last minute
      } else {
        kafka.seek(partition, offset.offset());
      }
    }
  }

  @Override
  public void run() {
    while (running) {
      try {
        pollOnce(Duration.ofMillis(500));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) { // WakeupException too, from stop()
        if (!running) {
          return;
        }
        // Broker away, vault unavailable: the window waits; try again in a second.
        LOG.log(Level.INFO, topic + " live window: " + e.getMessage());
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Ends {@link #run} within a poll; then {@link #close}. */
  void stop() {
    running = false;
    kafka.wakeup();
  }

  void close() {
    kafka.close();
    opener.close();
  }
}
