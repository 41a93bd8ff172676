package io.qgate.alerts.infrastructure;

import io.qgate.alerts.application.AlertService;
import io.qgate.platform.infrastructure.kafka.KafkaClientFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores every alert of {@value #TOPIC} ({@code qgate.alerts.store}, on by default): one thread in
 * the consumer group {@value #GROUP} (instances share the partitions), from the earliest record
 * when the group is new, committing by hand after the database commit ({@link AlertStoreLoop}).
 */
@Startup
@Singleton
public class AlertStoreConsumer {

  public static final String TOPIC = "qgate.alerts.v1";
  public static final String GROUP = "qgate-alert-store";

  private static final Logger LOG = Logger.getLogger(AlertStoreConsumer.class.getName());

  @Resource ManagedThreadFactory threads;
  @Inject AlertService alerts;

  @Inject
  @ConfigProperty(name = "qgate.alerts.store", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "qgate.kafka.bootstrap", defaultValue = "localhost:9092")
  String bootstrap;

  private KafkaConsumer<byte[], byte[]> kafka;
  private AlertStoreLoop loop;
  private Thread thread;

  @PostConstruct
  void start() {
    if (!enabled) {
      return;
    }
    kafka =
        KafkaClientFactory.create(
            config(bootstrap),
            c -> new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
    kafka.subscribe(List.of(TOPIC));
    loop = new AlertStoreLoop(kafka, alerts::store);
    thread = threads.newThread(loop);
    thread.setName(GROUP);
    thread.start();
    LOG.info(() -> "Storing " + TOPIC + " as consumer group " + GROUP);
  }

  static Map<String, Object> config(String bootstrap) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, GROUP);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    return config;
  }

  @PreDestroy
  void stop() {
    if (loop == null) {
      return;
    }
    loop.stop();
    kafka.wakeup();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kafka.close();
    LOG.info(
        () ->
            "Alert store stopped: "
                + loop.stored()
                + " stored, "
                + loop.malformed()
                + " malformed of "
                + loop.received()
                + " read");
  }
}
