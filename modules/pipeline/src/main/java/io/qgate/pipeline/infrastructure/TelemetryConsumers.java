package io.qgate.pipeline.infrastructure;

import io.qgate.pipeline.application.ServiceMasterKeys;
import io.qgate.pipeline.domain.ConsumerStatus;
import io.qgate.pipeline.domain.LiveTelemetry;
import io.qgate.pipeline.domain.ReadingsWindow;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.alert.AlertSink;
import io.qgate.platform.domain.telemetry.DomainTelemetry;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.kafka.DeadLetterPublisher;
import io.qgate.telemetry.kafka.RejectionCounts;
import io.qgate.telemetry.kafka.SecureTelemetryConsumer;
import io.qgate.vault.application.TelemetryKeyService;
import io.qgate.vault.domain.telemetry.TelemetryReader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The domain consumers ({@code qgate.telemetry.consumers}, on by default): one thread per domain
 * module, in the consumer group {@code qgate-<domain>-monitor} (instances share a domain's
 * partitions), reading under the service reader role of the domain's tenant. Rejected records go to
 * {@code <topic>.dlq} with the reason. Beside each, a {@link LiveWindowFeed} keeps this instance's
 * last minute of the domain's readings from all partitions, for people watching live.
 */
@Startup
@Singleton
@LocalBean
@Local(LiveTelemetry.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // its state is thread-safe; reads never wait
public class TelemetryConsumers implements LiveTelemetry {

  private static final Logger LOG = Logger.getLogger(TelemetryConsumers.class.getName());

  @Resource ManagedThreadFactory threads;
  @Inject Instance<DomainTelemetry> domains;
  @Inject TelemetryKeyService telemetryKeys;
  @Inject AlertSink alerts;
  @Inject PipelineMetrics metrics;

  @Inject
  @ConfigProperty(name = "qgate.telemetry.consumers", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "qgate.kafka.bootstrap", defaultValue = "localhost:9092")
  String bootstrap;

  private final List<Running> running = new CopyOnWriteArrayList<>();

  private record Running(
      String domain,
      Tenant tenant,
      ReadingsWindow window,
      String topic,
      DomainConsumer consumer,
      SecureTelemetryConsumer loop,
      RejectionCounts rejections,
      Thread thread,
      LiveWindowFeed feed,
      Thread feedThread,
      KafkaConsumer<byte[], byte[]> kafka,
      KafkaProducer<byte[], byte[]> deadLetters,
      ServiceMasterKeys keys) {}

  @PostConstruct
  void start() {
    if (enabled) {
      domains.forEach(this::consume);
    }
  }

  private void consume(DomainTelemetry domain) {
    SimulatedFleet fleet = domain.fleet();
    String name = fleet.domain().toLowerCase(Locale.ROOT) + "-monitor";
    ServiceMasterKeys keys =
        new ServiceMasterKeys(telemetryKeys, TelemetryReader.service(name, fleet.tenant()));
    KafkaConsumer<byte[], byte[]> kafka = TelemetryKafka.consumer(bootstrap, "qgate-" + name);
    kafka.subscribe(List.of(fleet.topic()));
    KafkaProducer<byte[], byte[]> deadLetters =
        TelemetryKafka.deadLetterProducer(bootstrap, "qgate-" + name + "-dlq");
    ReadingsWindow window = ReadingsWindow.lastMinute();
    DomainConsumer consumer = new DomainConsumer(fleet.topic(), domain.newMonitor(), alerts);
    RejectionCounts rejections = new RejectionCounts();
    SecureTelemetryConsumer loop =
        new SecureTelemetryConsumer(
            kafka,
            new EnvelopeOpener(keys),
            new DeadLetterPublisher(deadLetters, rejections),
            consumer::handle);
    consumer.attach(loop);
    metrics.consumer(fleet.domain(), loop, rejections, consumer);
    Thread thread = threads.newThread(consumer);
    thread.setName("qgate-" + name);
    thread.start();
    LiveWindowFeed feed =
        new LiveWindowFeed(
            TelemetryKafka.reader(bootstrap, "qgate-" + name + "-live"),
            fleet.topic(),
            new EnvelopeOpener(keys),
            domain.newMonitor(),
            window,
            Clock.systemUTC());
    Thread feedThread = threads.newThread(feed);
    feedThread.setName("qgate-" + name + "-live");
    feedThread.start();
    running.add(
        new Running(
            fleet.domain(),
            fleet.tenant(),
            window,
            fleet.topic(),
            consumer,
            loop,
            rejections,
            thread,
            feed,
            feedThread,
            kafka,
            deadLetters,
            keys));
    LOG.info(() -> "Consuming " + fleet.topic() + " as service:" + name);
  }

  @Override
  public Optional<ReadingsWindow> window(String domain) {
    return running(domain).map(Running::window);
  }

  @Override
  public Optional<Tenant> tenantOf(String domain) {
    return running(domain).map(Running::tenant);
  }

  private Optional<Running> running(String domain) {
    return running.stream().filter(r -> r.domain().equalsIgnoreCase(domain)).findFirst();
  }

  /** Each domain consumer of this instance. */
  public List<ConsumerStatus> status() {
    return running.stream()
        .map(
            domain ->
                new ConsumerStatus(
                    domain.domain(),
                    domain.topic(),
                    domain.loop().accepted(),
                    domain.loop().duplicates(),
                    domain.rejections().snapshot().entrySet().stream()
                        .collect(
                            Collectors.toMap(
                                e -> e.getKey().name(),
                                Map.Entry::getValue,
                                Long::sum,
                                TreeMap::new)),
                    domain.consumer().malformed.get(),
                    domain.consumer().alertsRaised.get()))
        .toList();
  }

  @PreDestroy
  void stop() {
    for (Running domain : running) {
      domain.consumer().stop();
      domain.kafka().wakeup();
      domain.feed().stop();
    }
    for (Running domain : running) {
      try {
        domain.thread().join(5_000);
        domain.feedThread().join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      domain.kafka().close();
      domain.feed().close();
      domain.deadLetters().close();
      domain.keys().close();
    }
    running.clear();
  }
}
