package io.qgate.telemetry.kafka;

import io.qgate.telemetry.envelope.Rejected;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends a rejected record to {@code <topic>.dlq}: the original key, value and headers, plus why and
 * where from. Waits for the acknowledgement before it returns, so the consumer commits the source
 * offset only once the record is safe on the dead-letter topic: nothing is dropped silently.
 *
 * <p>Headers (UTF-8): {@value #REASON} (a {@link io.qgate.telemetry.envelope.RejectReason} name),
 * {@value #DETAIL}, {@value #SOURCE_TOPIC}, {@value #SOURCE_PARTITION} and {@value #SOURCE_OFFSET}
 * (decimal). The producer should be idempotent with {@code acks=all}.
 */
public final class DeadLetterPublisher {

  public static final String SUFFIX = ".dlq";
  public static final String REASON = "qgate.reject.reason";
  public static final String DETAIL = "qgate.reject.detail";
  public static final String SOURCE_TOPIC = "qgate.source.topic";
  public static final String SOURCE_PARTITION = "qgate.source.partition";
  public static final String SOURCE_OFFSET = "qgate.source.offset";

  private static final long ACK_TIMEOUT_SECONDS = 60;

  private final Producer<byte[], byte[]> producer;
  private final RejectionCounts counts;

  public DeadLetterPublisher(Producer<byte[], byte[]> producer, RejectionCounts counts) {
    this.producer = producer;
    this.counts = counts;
  }

  /** The dead-letter topic of {@code topic}. */
  public static String topicFor(String topic) {
    return topic + SUFFIX;
  }

  /**
   * Publishes {@code record} with the reason of {@code rejection} and counts it.
   *
   * @throws KafkaException if the dead-letter topic did not acknowledge it in time
   */
  public void publish(ConsumerRecord<byte[], byte[]> record, Rejected rejection) {
    Headers headers = new RecordHeaders();
    for (Header header : record.headers()) {
      headers.add(header);
    }
    headers.add(REASON, utf8(rejection.reason().name()));
    headers.add(DETAIL, utf8(rejection.detail()));
    headers.add(SOURCE_TOPIC, utf8(record.topic()));
    headers.add(SOURCE_PARTITION, utf8(Integer.toString(record.partition())));
    headers.add(SOURCE_OFFSET, utf8(Long.toString(record.offset())));
    ProducerRecord<byte[], byte[]> dead =
        new ProducerRecord<>(
            topicFor(record.topic()), null, null, record.key(), record.value(), headers);
    try {
      producer.send(dead).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted while dead-lettering " + where(record), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaException("could not dead-letter " + where(record), e);
    }
    counts.increment(rejection.reason());
  }

  public RejectionCounts counts() {
    return counts;
  }

  private static String where(ConsumerRecord<?, ?> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
