package io.qgate.pipeline.infrastructure;

import io.qgate.pipeline.application.EncryptionDecisions;
import io.qgate.pipeline.application.EncryptionPermits;
import io.qgate.pipeline.application.FleetRegistration;
import io.qgate.pipeline.application.GatewayKeys;
import io.qgate.pipeline.domain.GatewayStatus;
import io.qgate.platform.domain.telemetry.DomainTelemetry;
import io.qgate.platform.domain.telemetry.SimulatedDevice;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.Telemetry;
import io.qgate.telemetry.kafka.TelemetrySerializer;
import io.qgate.vault.application.TelemetryKeyService;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.SaeRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The edge gateways of the demo fleets ({@code qgate.gateway.fleet=true}, which {@code ./qgate up}
 * sets): for each domain module's fleet, the SAE registered at the fleet's gateway node draws a
 * master key from the vault, the fleet's devices are registered and certified, and a {@link
 * FleetDriver} sends their readings every {@value #TICK_MILLIS} ms. A fleet whose gateway cannot
 * start yet (database migrating, pool still empty) is tried again every {@value #RETRY_SECONDS} s.
 */
@Startup
@Singleton
public class EdgeGateway {

  private static final Logger LOG = Logger.getLogger(EdgeGateway.class.getName());
  static final long TICK_MILLIS = 20;
  static final long RETRY_SECONDS = 5;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Instance<DomainTelemetry> domains;
  @Inject SaeRepository saes;
  @Inject TelemetryKeyService telemetryKeys;
  @Inject FleetRegistration registration;
  @Inject EncryptionDecisions decisions;

  @Inject
  @ConfigProperty(name = "qgate.gateway.fleet", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "qgate.gateway.master-key-lifetime", defaultValue = "PT1H")
  Duration masterKeyLifetime;

  @Inject
  @ConfigProperty(name = "qgate.kafka.bootstrap", defaultValue = "localhost:9092")
  String bootstrap;

  private final List<Running> running = new ArrayList<>();
  private final List<SimulatedFleet> waiting = new ArrayList<>();
  private ScheduledFuture<?> starter;

  private record Running(
      SimulatedFleet fleet,
      GatewayKeys keys,
      EnvelopeSealer sealer,
      KafkaProducer<String, Telemetry> producer,
      FleetDriver driver,
      ScheduledFuture<?> ticks) {}

  @PostConstruct
  void start() {
    if (!enabled) {
      return;
    }
    domains.forEach(domain -> waiting.add(domain.fleet()));
    starter =
        scheduler.scheduleWithFixedDelay(this::startWaiting, 1, RETRY_SECONDS, TimeUnit.SECONDS);
  }

  private synchronized void startWaiting() {
    for (SimulatedFleet fleet : List.copyOf(waiting)) {
      try {
        running.add(startFleet(fleet));
        waiting.remove(fleet);
      } catch (RuntimeException notYet) {
        LOG.log(
            Level.INFO,
            "Gateway " + fleet.gatewayId() + " not started yet, retrying: " + notYet.getMessage());
      }
    }
    if (waiting.isEmpty()) {
      starter.cancel(false);
    }
  }

  private Running startFleet(SimulatedFleet fleet) {
    String gatewaySae = gatewaySae(fleet);
    int registered = registration.register(fleet);
    Map<String, String> kinds =
        fleet.devices().stream()
            .collect(Collectors.toMap(SimulatedDevice::id, SimulatedDevice::kind, (a, b) -> a));
    GatewayKeys keys =
        new GatewayKeys(
            () -> telemetryKeys.issue(gatewaySae), masterKeyLifetime, kinds, Clock.systemUTC());
    keys.rotateIfDue();
    EncryptionPermits permits =
        new EncryptionPermits(
            decisions,
            new PolicyScope(fleet.tenant(), PolicyDomain.valueOf(fleet.domain())),
            "gateway:" + fleet.gatewayId());
    EnvelopeSealer sealer = new EnvelopeSealer(keys);
    KafkaProducer<String, Telemetry> producer =
        TelemetryKafka.gatewayProducer(
            bootstrap, "qgate-gateway-" + fleet.gatewayId(), new TelemetrySerializer(sealer));
    FleetDriver driver = new FleetDriver(fleet, keys, permits, producer, Clock.systemUTC());
    ScheduledFuture<?> ticks =
        scheduler.scheduleAtFixedRate(
            () -> tick(fleet, driver), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    LOG.info(
        () ->
            "Gateway "
                + fleet.gatewayId()
                + " (SAE "
                + gatewaySae
                + ") drives "
                + fleet.devices().size()
                + " devices to "
                + fleet.topic()
                + " ("
                + registered
                + " newly registered)");
    return new Running(fleet, keys, sealer, producer, driver, ticks);
  }

  private static void tick(SimulatedFleet fleet, FleetDriver driver) {
    try {
      driver.tick();
    } catch (RuntimeException e) {
      // Vault or policy unavailable for a moment: this tick's readings are not taken. Said once
      // per cause, not fifty times a second.
      String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (!cause.equals(driver.lastFailure)) {
        driver.lastFailure = cause;
        LOG.log(Level.WARNING, "Gateway " + fleet.gatewayId() + " skips ticks: " + cause, e);
      }
    }
  }

  /** Every fleet's gateway: those running, then those still waiting to start. */
  public synchronized List<GatewayStatus> status() {
    List<GatewayStatus> all = new ArrayList<>();
    for (Running fleet : running) {
      FleetDriver driver = fleet.driver();
      all.add(
          new GatewayStatus(
              fleet.fleet().domain(),
              fleet.fleet().gatewayId(),
              fleet.fleet().topic(),
              fleet.fleet().devices().size(),
              true,
              driver.sent.get(),
              driver.refused.get(),
              driver.failed.get()));
    }
    for (SimulatedFleet fleet : waiting) {
      all.add(
          new GatewayStatus(
              fleet.domain(),
              fleet.gatewayId(),
              fleet.topic(),
              fleet.devices().size(),
              false,
              0,
              0,
              0));
    }
    return all;
  }

  /** The SAE registered at the fleet's gateway node for its domain (the first by id). */
  private String gatewaySae(SimulatedFleet fleet) {
    return saes.all().stream()
        .filter(sae -> sae.nodeId().equals(fleet.gatewayId()))
        .filter(sae -> sae.domain().name().equals(fleet.domain()))
        .map(Sae::id)
        .min(Comparator.naturalOrder())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no SAE of domain " + fleet.domain() + " at node " + fleet.gatewayId()));
  }

  @PreDestroy
  synchronized void stop() {
    if (starter != null) {
      starter.cancel(false);
    }
    for (Running fleet : running) {
      fleet.ticks().cancel(false);
      fleet.producer().close(Duration.ofSeconds(5));
      fleet.sealer().close();
      fleet.keys().destroy();
      LOG.info(
          () ->
              "Gateway "
                  + fleet.fleet().gatewayId()
                  + " stopped: "
                  + fleet.driver().sent.get()
                  + " readings sent, "
                  + fleet.driver().refused.get()
                  + " refused by policy, "
                  + fleet.driver().failed.get()
                  + " failed");
    }
    running.clear();
  }
}
