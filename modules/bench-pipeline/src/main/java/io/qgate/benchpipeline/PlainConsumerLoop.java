package io.qgate.benchpipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The plain-mode consumer loop, shaped like {@code SecureTelemetryConsumer.pollOnce} minus what
 * only encryption needs: poll, hand each record to the check in partition order, then one
 * synchronous commit of the next offsets per poll. What is left out (opening, the replay guard, the
 * per-partition duplicate memory) is the price the encrypted mode pays.
 */
final class PlainConsumerLoop implements ConsumerLoop {

  private final Consumer<byte[], byte[]> consumer;
  private final FrameChecker checker;

  PlainConsumerLoop(Consumer<byte[], byte[]> consumer, FrameChecker checker) {
    this.consumer = consumer;
    this.checker = checker;
  }

  @Override
  public int pollOnce(Duration timeout) {
    ConsumerRecords<byte[], byte[]> records = consumer.poll(timeout);
    Map<TopicPartition, OffsetAndMetadata> toCommit = new HashMap<>();
    int handled = 0;
    for (TopicPartition partition : records.partitions()) {
      List<ConsumerRecord<byte[], byte[]>> batch = records.records(partition);
      for (ConsumerRecord<byte[], byte[]> record : batch) {
        checker.check(
            new String(record.key(), java.nio.charset.StandardCharsets.UTF_8),
            record.timestamp(),
            record.value());
        handled++;
      }
      toCommit.put(partition, new OffsetAndMetadata(batch.get(batch.size() - 1).offset() + 1));
    }
    if (!toCommit.isEmpty()) {
      consumer.commitSync(toCommit);
    }
    return handled;
  }
}
