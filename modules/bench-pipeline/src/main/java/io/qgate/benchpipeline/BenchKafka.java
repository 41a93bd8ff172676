package io.qgate.benchpipeline;

import io.qgate.telemetry.envelope.Telemetry;
import io.qgate.telemetry.kafka.TelemetryClientConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka clients of the benchmark, configured as the platform's pipeline configures its own
 * (modules/pipeline TelemetryKafka): idempotent producers with {@code acks=all}, {@code linger.ms}
 * 5 and 64 KiB batches; consumers committing by hand, up to 2,000 records a poll. Both modes use
 * exactly these settings.
 */
final class BenchKafka {

  private BenchKafka() {}

  /** A gateway producer: device id as key, the frame sealed or not by {@code serializer}. */
  static KafkaProducer<String, Telemetry> producer(
      String bootstrap, String clientId, Serializer<Telemetry> serializer) {
    Map<String, Object> config = TelemetryClientConfig.gatewayProducer(bootstrap, clientId);
    // Saturation mode fills the producer buffer on purpose: block on it rather than fail.
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
    return new KafkaProducer<>(config, new StringSerializer(), serializer);
  }

  /** The dead-letter producer of an encrypted-mode consumer. */
  static KafkaProducer<byte[], byte[]> deadLetterProducer(String bootstrap, String clientId) {
    return new KafkaProducer<>(
        TelemetryClientConfig.reliableProducer(bootstrap, clientId),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String groupId, String clientId) {
    Map<String, Object> config = TelemetryClientConfig.consumer(bootstrap, groupId);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Creates the topics (replication factor 1), waiting up to 30 s. */
  static void createTopics(String bootstrap, Map<String, Integer> partitionsByTopic) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      List<NewTopic> topics =
          partitionsByTopic.entrySet().stream()
              .map(e -> new NewTopic(e.getKey(), e.getValue(), (short) 1))
              .toList();
      admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException(
          "cannot create topics " + partitionsByTopic.keySet() + " at " + bootstrap + ": " + cause,
          e);
    }
  }

  /** Deletes the topics of a finished mode (an external broker keeps no benchmark litter). */
  static void deleteTopics(String bootstrap, List<String> topics) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Best effort: the topics only cost disk on the broker.
    }
  }
}
