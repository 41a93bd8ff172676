package io.qgate.pipeline.infrastructure;

import io.qgate.platform.infrastructure.kafka.KafkaClientFactory;
import io.qgate.telemetry.envelope.Telemetry;
import io.qgate.telemetry.kafka.TelemetrySerializer;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka clients of the telemetry pipeline. Producers are idempotent with {@code acks=all}: a
 * retried send after a broker hiccup writes the record once, and a record is acknowledged only once
 * every in-sync replica has it. Consumers commit by hand, after the record was handled.
 */
final class TelemetryKafka {

  private TelemetryKafka() {}

  /**
   * The gateway's producer: device id as key (a device's records stay in order in one partition).
   */
  static KafkaProducer<String, Telemetry> gatewayProducer(
      String bootstrap, String clientId, TelemetrySerializer serializer) {
    Map<String, Object> config = reliableProducer(bootstrap, clientId);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 65_536);
    return KafkaClientFactory.create(
        config, c -> new KafkaProducer<>(c, new StringSerializer(), serializer));
  }

  /** The dead-letter producer of a consumer: the rejected record's bytes as they came. */
  static KafkaProducer<byte[], byte[]> deadLetterProducer(String bootstrap, String clientId) {
    return KafkaClientFactory.create(
        reliableProducer(bootstrap, clientId),
        c -> new KafkaProducer<>(c, new ByteArraySerializer(), new ByteArraySerializer()));
  }

  static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String groupId) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    return KafkaClientFactory.create(
        config,
        c -> new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
  }

  private static Map<String, Object> reliableProducer(String bootstrap, String clientId) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    return config;
  }
}
