package io.qgate.telemetry.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The Kafka client settings telemetry needs, for gateways and consumers alike. Producers are
 * idempotent with {@code acks=all}: a send retried after a broker hiccup is written once, and
 * acknowledged only when every in-sync replica has it — so a broker restart loses nothing and
 * duplicates nothing. Consumers commit by hand, after the record was handled ({@link
 * SecureTelemetryConsumer}). Each call returns a new mutable map to add to.
 */
public final class TelemetryClientConfig {

  private TelemetryClientConfig() {}

  /** Idempotent, {@code acks=all}; {@code send} blocks at most 5 s for metadata or buffer. */
  public static Map<String, Object> reliableProducer(String bootstrap, String clientId) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    return config;
  }

  /**
   * A gateway's producer: reliable, and batching up to 5 ms or 64 KiB, since it sends many small
   * records (a PMU frame's envelope is ~190 bytes).
   */
  public static Map<String, Object> gatewayProducer(String bootstrap, String clientId) {
    Map<String, Object> config = reliableProducer(bootstrap, clientId);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 65_536);
    return config;
  }

  /** A consumer of a telemetry topic: manual commits, from the earliest record of a new group. */
  public static Map<String, Object> consumer(String bootstrap, String groupId) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return config;
  }
}
