package io.qgate.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

  private static final String TOPIC = "qgate.devstack.test.v1";

  @Test
  void producesConsumesAndKeepsRecordsAcrossRestart() throws Exception {
    Path dataDir = TestDirectories.newDirectory("kafka-");
    int port = Ports.anyFree();

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, port)) {
      assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + port);
      produce(kafka, "link-1", "qber=0.021");
      assertThat(consumeAll(kafka)).containsExactly("link-1=qber=0.021");
    }

    try (EmbeddedKafka restarted = EmbeddedKafka.start(dataDir, port)) {
      assertThat(consumeAll(restarted)).containsExactly("link-1=qber=0.021");
    }
  }

  @Test
  void portInUseGivesOneLineErrorNamingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      Path dataDir = TestDirectories.newDirectory("kafka-");

      assertThatThrownBy(() -> EmbeddedKafka.start(dataDir, port))
          .isInstanceOf(PortInUseException.class)
          .hasMessage("Cannot start Kafka: port " + port + " is already in use");
    }
  }

  private static void produce(EmbeddedKafka kafka, String key, String value) throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
    }
  }

  /** Reads the topic from the start with a new consumer group, as "key=value" strings. */
  private static List<String> consumeAll(EmbeddedKafka kafka) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    List<String> received = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (received.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          received.add(record.key() + "=" + record.value());
        }
      }
    }
    return received;
  }
}
