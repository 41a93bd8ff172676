package io.qgate.pipeline.infrastructure;

import io.qgate.platform.infrastructure.kafka.KafkaClientFactory;
import io.qgate.telemetry.envelope.Telemetry;
import io.qgate.telemetry.kafka.TelemetryClientConfig;
import io.qgate.telemetry.kafka.TelemetrySerializer;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka clients of the telemetry pipeline, with the settings of {@link TelemetryClientConfig}
 * (idempotent {@code acks=all} producers, consumers that commit by hand), created through the
 * platform's {@link KafkaClientFactory}.
 */
final class TelemetryKafka {

  private TelemetryKafka() {}

  /**
   * The gateway's producer: device id as key (a device's records stay in order in one partition).
   */
  static KafkaProducer<String, Telemetry> gatewayProducer(
      String bootstrap, String clientId, TelemetrySerializer serializer) {
    return KafkaClientFactory.create(
        TelemetryClientConfig.gatewayProducer(bootstrap, clientId),
        c -> new KafkaProducer<>(c, new StringSerializer(), serializer));
  }

  /** The dead-letter producer of a consumer: the rejected record's bytes as they came. */
  static KafkaProducer<byte[], byte[]> deadLetterProducer(String bootstrap, String clientId) {
    return KafkaClientFactory.create(
        TelemetryClientConfig.reliableProducer(bootstrap, clientId),
        c -> new KafkaProducer<>(c, new ByteArraySerializer(), new ByteArraySerializer()));
  }

  /** A consumer outside any group that commits nothing: it assigns itself partitions. */
  static KafkaConsumer<byte[], byte[]> reader(String bootstrap, String clientId) {
    Map<String, Object> config = TelemetryClientConfig.consumer(bootstrap, clientId);
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    return KafkaClientFactory.create(
        config,
        c -> new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
  }

  static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String groupId) {
    Map<String, Object> config = TelemetryClientConfig.consumer(bootstrap, groupId);
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    return KafkaClientFactory.create(
        config,
        c -> new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
  }
}
