package io.qgate.alerts.infrastructure;

import io.qgate.platform.domain.alert.Alert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The alert store's consumer loop, one poll per {@link #pollOnce}: every alert of the batch is
 * stored in one transaction, and only then are the offsets committed — so an alert is never lost (a
 * failed store rewinds to the batch's first record and tries again) and never stored twice (the
 * store ignores an alert id it has, which is what a redelivery after a failed commit brings).
 * Malformed records are counted, logged without their content, and skipped: one bad record must not
 * stop the store. Run it on one thread, with {@code enable.auto.commit=false}.
 */
public final class AlertStoreLoop implements Runnable {

  private static final Logger LOG = Logger.getLogger(AlertStoreLoop.class.getName());

  private final Consumer<byte[], byte[]> consumer;
  private final ToIntFunction<List<Alert>> store;
  private volatile boolean running = true;

  private final AtomicLong received = new AtomicLong();
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();
  private final AtomicLong storeFailures = new AtomicLong();

  /**
   * @param store keeps the batch in one transaction, returns how many were new; throws if it could
   *     not keep them all
   */
  public AlertStoreLoop(Consumer<byte[], byte[]> consumer, ToIntFunction<List<Alert>> store) {
    this.consumer = consumer;
    this.store = store;
  }

  /**
   * Polls once, stores what came and commits it.
   *
   * @return the number of alerts stored for the first time
   * @throws RuntimeException if storing failed; the consumer is rewound to the batch's start
   */
  public int pollOnce(Duration timeout) {
    ConsumerRecords<byte[], byte[]> records = consumer.poll(timeout);
    if (records.isEmpty()) {
      return 0;
    }
    List<Alert> batch = new ArrayList<>(records.count());
    Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      received.incrementAndGet();
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      next.put(partition, new OffsetAndMetadata(record.offset() + 1));
      try {
        batch.add(AlertRecords.parse(record.value()));
      } catch (MalformedAlertException e) {
        long count = malformed.incrementAndGet();
        LOG.warning(
            () ->
                "Skipped malformed alert record "
                    + partition
                    + "@"
                    + record.offset()
                    + " ("
                    + e.getMessage()
                    + "; "
                    + count
                    + " malformed so far)");
      }
    }
    int fresh;
    try {
      fresh = batch.isEmpty() ? 0 : store.applyAsInt(batch);
    } catch (RuntimeException e) {
      storeFailures.incrementAndGet();
      rewind(records);
      throw e;
    }
    stored.addAndGet(fresh);
    commit(next);
    return fresh;
  }

  /** Back to the first record of each partition of the batch: it is read again next poll. */
  private void rewind(ConsumerRecords<byte[], byte[]> records) {
    for (TopicPartition partition : records.partitions()) {
      consumer.seek(partition, records.records(partition).get(0).offset());
    }
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    try {
      consumer.commitSync(offsets);
    } catch (WakeupException | InterruptException e) {
      throw e;
    } catch (KafkaException e) {
      // A rebalance took the partitions: their new owner reads the batch again and stores nothing
      // twice.
      LOG.info(() -> "Commit of " + offsets.keySet() + " failed: " + e);
    }
  }

  @Override
  public void run() {
    while (running) {
      try {
        pollOnce(Duration.ofMillis(500));
      } catch (WakeupException e) {
        if (!running) {
          return;
        }
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        // Database or broker away: the batch comes again; wait a little.
        LOG.log(Level.INFO, "Alert store: " + e);
        sleep();
      }
    }
  }

  public void stop() {
    running = false;
  }

  /** Records read, malformed ones included. */
  public long received() {
    return received.get();
  }

  /** Alerts stored for the first time. */
  public long stored() {
    return stored.get();
  }

  /** Records that were not alerts, skipped. */
  public long malformed() {
    return malformed.get();
  }

  /** Batches the database did not take (read again). */
  public long storeFailures() {
    return storeFailures.get();
  }

  private static void sleep() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
