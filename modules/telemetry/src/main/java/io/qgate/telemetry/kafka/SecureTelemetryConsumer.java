package io.qgate.telemetry.kafka;

import io.qgate.telemetry.envelope.Accepted;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.OpenResult;
import io.qgate.telemetry.envelope.RejectReason;
import io.qgate.telemetry.envelope.Rejected;
import io.qgate.telemetry.envelope.ReplayGuard;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer loop of a telemetry topic, one poll per {@link #pollOnce}: open each record,
 * de-duplicate redeliveries, reject replays, dead-letter what is rejected, hand the rest to the
 * {@link TelemetryHandler}, then commit. Run it on one thread (Kafka consumers are
 * single-threaded), with {@code enable.auto.commit=false}.
 *
 * <p>Two kinds of "seen before", told apart by the offset:
 *
 * <ul>
 *   <li><b>Duplicate</b> — a record at a partition offset this loop already handled. Kafka delivers
 *       it again after a rebalance or a broker restart when the commit did not get through. It is
 *       the same record, so it is skipped silently and counted ({@link #duplicates()}).
 *   <li><b>Replay</b> — an authentic record at a new offset whose sequence is not above the
 *       device's highest accepted one ({@link ReplayGuard}). Someone wrote an old record again; it
 *       is dead-lettered as {@link RejectReason#REPLAY}.
 * </ul>
 *
 * <p>Both memories live in this object: after a consumer restart the loop resumes from the
 * committed offsets, so it neither sees handled records again nor can tell replays written before
 * the restart (at-least-once, not exactly-once, across restarts). Offsets are committed after the
 * handler returned and dead letters were acknowledged; a failed commit is logged and retried with
 * the next batch, and what Kafka redelivers meanwhile is skipped as duplicate. The offset memory
 * assumes offsets of a partition only grow: after deleting and re-creating a topic, use a new
 * instance.
 */
public final class SecureTelemetryConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(SecureTelemetryConsumer.class);

  private final Consumer<byte[], byte[]> consumer;
  private final EnvelopeOpener opener;
  private final DeadLetterPublisher deadLetters;
  private final TelemetryHandler handler;
  private final ReplayGuard replayGuard = new ReplayGuard();
  private final Map<TopicPartition, Long> handledUpTo = new HashMap<>();
  private final Map<TopicPartition, OffsetAndMetadata> toCommit = new HashMap<>();
  // Written by the polling thread only, read by any (status, metrics): volatile suffices.
  private volatile long accepted;
  private volatile long duplicates;
  private volatile long commitFailures;

  /** The consumer must be subscribed or assigned already; it stays the caller's to close. */
  public SecureTelemetryConsumer(
      Consumer<byte[], byte[]> consumer,
      EnvelopeOpener opener,
      DeadLetterPublisher deadLetters,
      TelemetryHandler handler) {
    this.consumer = consumer;
    this.opener = opener;
    this.deadLetters = deadLetters;
    this.handler = handler;
  }

  /**
   * Polls once and processes the batch.
   *
   * @return records handed to the handler
   * @throws TelemetryConsumerException if the handler or the dead-letter topic failed: the record
   *     and those after it are delivered again by the next poll
   */
  public int pollOnce(Duration timeout) {
    ConsumerRecords<byte[], byte[]> records = consumer.poll(timeout);
    int handled = 0;
    for (TopicPartition partition : records.partitions()) {
      List<ConsumerRecord<byte[], byte[]>> batch = records.records(partition);
      for (ConsumerRecord<byte[], byte[]> record : batch) {
        try {
          handled += process(partition, record);
        } catch (Exception e) {
          rewind(records, partition, record.offset());
          commit();
          throw new TelemetryConsumerException(
              "processing " + partition + "@" + record.offset() + " failed", e);
        }
      }
    }
    commit();
    return handled;
  }

  private int process(TopicPartition partition, ConsumerRecord<byte[], byte[]> record)
      throws Exception {
    Long handledOffset = handledUpTo.get(partition);
    if (handledOffset != null && record.offset() <= handledOffset) {
      duplicates++;
      return 0;
    }
    int handled = 0;
    OpenResult result =
        record.value() == null
            ? new Rejected(RejectReason.TRUNCATED, "record has no value")
            : opener.open(record.topic(), record.value());
    if (result instanceof Accepted telemetry) {
      if (replayGuard.isFresh(telemetry.deviceId(), telemetry.sequence())) {
        handler.handle(telemetry, record);
        replayGuard.accept(telemetry.deviceId(), telemetry.sequence());
        accepted++;
        handled = 1;
      } else {
        deadLetters.publish(
            record,
            new Rejected(
                RejectReason.REPLAY,
                "sequence "
                    + telemetry.sequence()
                    + " of device "
                    + telemetry.deviceId()
                    + " is not above "
                    + replayGuard.highest(telemetry.deviceId()).orElse(-1)));
      }
    } else {
      deadLetters.publish(record, (Rejected) result);
    }
    handledUpTo.put(partition, record.offset());
    toCommit.put(partition, new OffsetAndMetadata(record.offset() + 1));
    return handled;
  }

  /** Seeks every partition of the batch back to its first record not yet handled. */
  private void rewind(
      ConsumerRecords<byte[], byte[]> records, TopicPartition failed, long failedOffset) {
    consumer.seek(failed, failedOffset);
    for (TopicPartition partition : records.partitions()) {
      if (partition.equals(failed)) {
        continue;
      }
      Long handledOffset = handledUpTo.get(partition);
      for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
        if (handledOffset == null || record.offset() > handledOffset) {
          consumer.seek(partition, record.offset());
          break;
        }
      }
    }
  }

  private void commit() {
    if (toCommit.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(Map.copyOf(toCommit));
      toCommit.clear();
    } catch (WakeupException | InterruptException e) {
      throw e;
    } catch (KafkaException e) {
      commitFailures++;
      LOG.warn(
          "commit of {} failed, retried with the next batch: {}", toCommit.keySet(), e.toString());
    }
  }

  /** Records handed to the handler so far. */
  public long accepted() {
    return accepted;
  }

  /** Redeliveries of handled offsets skipped so far. */
  public long duplicates() {
    return duplicates;
  }

  /** Commits that failed (and were retried with a later batch). */
  public long commitFailures() {
    return commitFailures;
  }

  /** Dead-lettered records per reason. */
  public RejectionCounts rejections() {
    return deadLetters.counts();
  }
}
