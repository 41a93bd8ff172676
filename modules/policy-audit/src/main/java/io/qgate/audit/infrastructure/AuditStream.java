package io.qgate.audit.infrastructure;

import io.qgate.audit.domain.AuditRecord;
import io.qgate.platform.infrastructure.kafka.KafkaClientFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Streams committed audit rows to {@value #TOPIC}, keyed by tenant, as JSON: the row's canonical
 * content plus its {@code hash}. PostgreSQL is the record; the stream is a copy for SIEMs, so a
 * Kafka outage never blocks or refuses an audited action — it delays the copy, and a copy that
 * cannot be queued is counted and logged.
 */
@ApplicationScoped
public class AuditStream {

  public static final String TOPIC = "qgate.audit.v1";
  private static final Logger LOG = Logger.getLogger(AuditStream.class.getName());

  @Inject
  @ConfigProperty(name = "qgate.kafka.bootstrap", defaultValue = "localhost:9092")
  String bootstrap;

  @Inject MetricRegistry metrics;

  private final AtomicLong dropped = new AtomicLong();
  private ThreadPoolExecutor sender;
  private volatile Producer<String, String> producer;

  @PostConstruct
  void start() {
    sender =
        new ThreadPoolExecutor(
            1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000), r -> daemon(r));
  }

  @PreDestroy
  void stop() {
    sender.shutdownNow();
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(2));
    }
  }

  /** Queues the rows for Kafka; returns at once. */
  public void publish(List<AuditRecord> records) {
    try {
      sender.execute(() -> send(records));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      long total = dropped.addAndGet(records.size());
      metrics.counter("qgate_audit_stream_dropped").inc(records.size());
      LOG.warning(
          () ->
              "Kafka copy of the audit trail is behind; "
                  + total
                  + " rows not streamed (the database holds them)");
    }
  }

  /** Rows that could not be queued for Kafka since start. */
  public long dropped() {
    return dropped.get();
  }

  private void send(List<AuditRecord> records) {
    Producer<String, String> kafka = producer();
    for (AuditRecord record : records) {
      kafka.send(new ProducerRecord<>(TOPIC, record.event().tenant(), record.toJson()));
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
                  "qgate-audit-stream"),
              config ->
                  new KafkaProducer<>(config, new StringSerializer(), new StringSerializer()));
    }
    return producer;
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "qgate-audit-stream");
    thread.setDaemon(true);
    return thread;
  }
}
