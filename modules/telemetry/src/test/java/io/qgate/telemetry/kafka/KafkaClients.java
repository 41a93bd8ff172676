package io.qgate.telemetry.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Client settings the documentation recommends, for tests against an embedded broker. */
final class KafkaClients {

  private KafkaClients() {}

  /** A fresh data directory under target/, so tests never share broker state. */
  static Path dataDirectory(String name) throws java.io.IOException {
    return Files.createDirectories(Path.of("target", "kafka", name + "-" + UUID.randomUUID()));
  }

  /** Idempotent, acks=all: no record lost or duplicated by producer retries. */
  static Map<String, Object> producerConfig(String bootstrap) {
    return Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrap,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
        true,
        ProducerConfig.ACKS_CONFIG,
        "all",
        ProducerConfig.LINGER_MS_CONFIG,
        5,
        ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
        500);
  }

  static KafkaProducer<byte[], byte[]> rawProducer(String bootstrap) {
    return new KafkaProducer<>(
        producerConfig(bootstrap), new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Manual commits (the consumer loop commits after handling), from the earliest offset. */
  static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String group) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            group,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
            500),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }
}
