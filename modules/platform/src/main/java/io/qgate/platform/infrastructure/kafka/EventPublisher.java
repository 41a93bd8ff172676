package io.qgate.platform.infrastructure.kafka;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes the platform's JSON events to Kafka without ever making the caller wait: messages are
 * queued for one sender thread and one idempotent producer ({@code acks=all}). What PostgreSQL
 * records is the truth and the topics are copies, so a Kafka outage delays them; a message that
 * cannot even be queued is counted ({@code qgate_events_dropped_total{topic}}) and logged.
 */
@ApplicationScoped
public class EventPublisher {

  private static final Logger LOG = Logger.getLogger(EventPublisher.class.getName());
  private static final int QUEUE = 1_000;

  /** One Kafka record: topic, key, JSON value. */
  public record Event(String topic, String key, String json) {}

  @Inject
  @ConfigProperty(name = "qgate.kafka.bootstrap", defaultValue = "localhost:9092")
  String bootstrap;

  @Inject MetricRegistry metrics;

  private ThreadPoolExecutor sender;
  private volatile Producer<String, String> producer;

  @PostConstruct
  void start() {
    sender =
        new ThreadPoolExecutor(
            1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), EventPublisher::daemon);
  }

  @PreDestroy
  void stop() {
    sender.shutdownNow();
    if (producer != null) {
      producer.close(Duration.ofSeconds(2));
    }
  }

  /** Queues the events, in order, for Kafka; returns at once. */
  public void publish(List<Event> events) {
    if (events.isEmpty()) {
      return;
    }
    try {
      sender.execute(
          () ->
              events.forEach(
                  e -> producer().send(new ProducerRecord<>(e.topic(), e.key(), e.json()))));
    } catch (RejectedExecutionException e) {
      String topic = events.get(0).topic();
      metrics.counter("qgate_events_dropped", new Tag("topic", topic)).inc(events.size());
      LOG.warning(
          () ->
              events.size()
                  + " events for "
                  + topic
                  + " not published: Kafka is behind (the database holds them)");
    }
  }

  private Producer<String, String> producer() {
    if (producer == null) {
      producer =
          KafkaClientFactory.create(
              Map.of(
                  ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  bootstrap,
                  ProducerConfig.ACKS_CONFIG,
                  "all",
                  ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                  true,
                  ProducerConfig.LINGER_MS_CONFIG,
                  20,
                  ProducerConfig.CLIENT_ID_CONFIG,
                  "qgate-events"),
              config ->
                  new KafkaProducer<>(config, new StringSerializer(), new StringSerializer()));
    }
    return producer;
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "qgate-event-publisher");
    thread.setDaemon(true);
    return thread;
  }
}
