package io.qgate.pipeline.infrastructure;

import io.qgate.pipeline.application.EncryptionDecisions;
import io.qgate.pipeline.application.EncryptionPermits;
import io.qgate.pipeline.application.FleetRegistration;
import io.qgate.pipeline.application.GatewayKeys;
import io.qgate.pipeline.domain.GatewayStatus;
import io.qgate.pipeline.domain.IngestReceipt;
import io.qgate.pipeline.domain.TelemetryGateways;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.UnavailableException;
import io.qgate.platform.domain.cluster.ClusterLeases;
import io.qgate.platform.domain.telemetry.DomainTelemetry;
import io.qgate.platform.domain.telemetry.SimulatedDevice;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import io.qgate.policy.application.CacheInvalidation.CacheEpochChanged;
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
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The edge gateways of this instance, one per domain module, each started on first use: the SAE
 * registered at the domain's gateway node draws a master key from the vault, and the gateway seals
 * and sends its devices' readings ({@link GatewayRuntime}). Devices reach a gateway over HTTP
 * ({@link TelemetryGateways}); with {@code qgate.gateway.fleet=true} (set by {@code ./qgate up})
 * the domain's simulated fleet is registered, certified and driven every {@value #TICK_MILLIS} ms —
 * by one instance of the cluster at a time, the holder of the fleet's lease ({@link #lead()}).
 */
@Startup
@Singleton
@LocalBean // injected as itself (status) and as TelemetryGateways (ingest)
@Local(TelemetryGateways.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // ingest requests must not queue
@TransactionManagement(TransactionManagementType.BEAN) // the vault and policy commit their own
public class EdgeGateway implements TelemetryGateways {

  private static final Logger LOG = Logger.getLogger(EdgeGateway.class.getName());
  static final long TICK_MILLIS = 20;
  static final long LEAD_SECONDS = 2;
  static final Duration FLEET_LEASE = Duration.ofSeconds(10);
  static final Duration ACKNOWLEDGE_TIMEOUT = Duration.ofSeconds(10);

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Instance<DomainTelemetry> domains;
  @Inject SaeRepository saes;
  @Inject TelemetryKeyService telemetryKeys;
  @Inject FleetRegistration registration;
  @Inject EncryptionDecisions decisions;
  @Inject PipelineMetrics metrics;
  @Inject ClusterLeases leases;

  @Inject
  @ConfigProperty(name = "qgate.gateway.fleet", defaultValue = "false")
  boolean fleetEnabled;

  @Inject
  @ConfigProperty(name = "qgate.gateway.master-key-lifetime", defaultValue = "PT1H")
  Duration masterKeyLifetime;

  @Inject
  @ConfigProperty(name = "qgate.kafka.bootstrap", defaultValue = "localhost:9092")
  String bootstrap;

  private final Map<String, GatewayRuntime> runtimes = new ConcurrentHashMap<>();
  private final Map<String, Driven> driven = new ConcurrentHashMap<>();
  private ScheduledFuture<?> leader;

  private record Driven(SimulatedFleet fleet, FleetDriver driver, ScheduledFuture<?> ticks) {}

  @PostConstruct
  void start() {
    if (!fleetEnabled) {
      return;
    }
    leader = scheduler.scheduleWithFixedDelay(this::lead, 1, LEAD_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public IngestReceipt send(String domain, String deviceId, String kind, byte[] payload) {
    GatewayRuntime gateway = runtimeFor(fleetOf(domain));
    gateway.knowKind(deviceId, kind);
    Instant now = Instant.now();
    Future<RecordMetadata> sent = gateway.send(deviceId, () -> payload, now);
    if (sent == null) {
      throw new ForbiddenException(
          "the "
              + domain
              + " policy does not let gateway "
              + gateway.gatewayId
              + " encrypt the telemetry of "
              + deviceId
              + " now (see the audit trail)");
    }
    try {
      RecordMetadata written = sent.get(ACKNOWLEDGE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return new IngestReceipt(written.topic(), written.partition(), written.offset(), now);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("interrupted before Kafka acknowledged the reading");
    } catch (ExecutionException | TimeoutException e) {
      throw new UnavailableException("Kafka did not acknowledge the reading: " + e.getMessage());
    }
  }

  /** A policy or a device's certification changed (here or on another instance): ask again. */
  public void onPolicyChange(@Observes CacheEpochChanged changed) {
    if (changed.name().equals("policy") || changed.name().equals("device")) {
      runtimes.values().forEach(GatewayRuntime::forgetPermits);
    }
  }

  /** Every domain's gateway: those running, then those whose fleet still waits to start. */
  public List<GatewayStatus> status() {
    List<GatewayStatus> all = new ArrayList<>();
    for (DomainTelemetry domain : domains) {
      SimulatedFleet fleet = domain.fleet();
      GatewayRuntime gateway = runtimes.get(fleet.gatewayId());
      Driven drive = driven.get(fleet.gatewayId());
      all.add(
          new GatewayStatus(
              fleet.domain(),
              fleet.gatewayId(),
              fleet.topic(),
              drive == null ? 0 : fleet.devices().size(),
              gateway != null,
              gateway == null ? 0 : gateway.sent.get(),
              gateway == null ? 0 : gateway.refused.get(),
              gateway == null ? 0 : gateway.failed.get()));
    }
    return all;
  }

  private SimulatedFleet fleetOf(String domain) {
    for (DomainTelemetry telemetry : domains) {
      if (telemetry.fleet().domain().equals(domain)) {
        return telemetry.fleet();
      }
    }
    throw new NotFoundException("edge gateway of domain", domain);
  }

  /**
   * Every {@value #LEAD_SECONDS} s: drives each fleet whose lease this instance holds (claiming
   * free or expired ones), stops driving those it lost. One instance drives a fleet at a time; when
   * it dies, a survivor takes the fleet over once the lease runs out. A fleet that cannot start yet
   * (database migrating, pool still empty) is tried again on the next round.
   */
  private synchronized void lead() {
    for (DomainTelemetry domain : domains) {
      SimulatedFleet fleet = domain.fleet();
      boolean mine;
      try {
        mine = leases.hold(leaseOf(fleet), FLEET_LEASE);
      } catch (RuntimeException e) {
        mine = false; // cannot renew: another instance may take over, so stop (fail closed)
      }
      boolean driving = driven.containsKey(fleet.gatewayId());
      if (mine && !driving) {
        try {
          drive(fleet);
        } catch (RuntimeException notYet) {
          LOG.log(
              Level.INFO,
              "Gateway "
                  + fleet.gatewayId()
                  + " not started yet, retrying: "
                  + notYet.getMessage());
        }
      } else if (!mine && driving) {
        stopDriving(fleet.gatewayId(), "its lease is held elsewhere or could not be renewed");
      }
    }
  }

  private static String leaseOf(SimulatedFleet fleet) {
    return "fleet:" + fleet.gatewayId();
  }

  private void stopDriving(String gatewayId, String why) {
    Driven stopped = driven.remove(gatewayId);
    if (stopped != null) {
      stopped.ticks().cancel(false);
      LOG.info(() -> "Gateway " + gatewayId + " stops driving its simulated fleet: " + why);
    }
  }

  private void drive(SimulatedFleet fleet) {
    int registered = registration.register(fleet);
    GatewayRuntime gateway = runtimeFor(fleet);
    fleet.devices().forEach(device -> gateway.knowKind(device.id(), device.kind()));
    FleetDriver driver = new FleetDriver(fleet, gateway, Clock.systemUTC());
    ScheduledFuture<?> ticks =
        scheduler.scheduleAtFixedRate(
            () -> tick(fleet, driver), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    driven.put(fleet.gatewayId(), new Driven(fleet, driver, ticks));
    LOG.info(
        () ->
            "Gateway "
                + fleet.gatewayId()
                + " (SAE "
                + gateway.gatewaySae
                + ") drives "
                + fleet.devices().size()
                + " simulated devices to "
                + fleet.topic()
                + " ("
                + registered
                + " newly registered)");
  }

  /** The running gateway of {@code fleet}'s node, started now if it is not running yet. */
  private GatewayRuntime runtimeFor(SimulatedFleet fleet) {
    GatewayRuntime running = runtimes.get(fleet.gatewayId());
    if (running != null) {
      return running;
    }
    synchronized (runtimes) {
      return runtimes.computeIfAbsent(fleet.gatewayId(), id -> startGateway(fleet));
    }
  }

  private GatewayRuntime startGateway(SimulatedFleet fleet) {
    String gatewaySae = gatewaySae(fleet);
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
    GatewayRuntime gateway =
        new GatewayRuntime(
            fleet.gatewayId(), gatewaySae, fleet.topic(), keys, permits, sealer, producer);
    metrics.gateway(fleet.domain(), gateway);
    return gateway;
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

  /** The SAE registered at the fleet's gateway node for its domain (the first by id). */
  private String gatewaySae(SimulatedFleet fleet) {
    return saes.all().stream()
        .filter(sae -> sae.nodeId().equals(fleet.gatewayId()))
        .filter(sae -> sae.domain().name().equals(fleet.domain()))
        .map(Sae::id)
        .min(Comparator.naturalOrder())
        .orElseThrow(
            () ->
                new UnavailableException(
                    "no SAE of domain " + fleet.domain() + " at node " + fleet.gatewayId()));
  }

  @PreDestroy
  synchronized void stop() {
    if (leader != null) {
      leader.cancel(false);
    }
    for (Driven drive : driven.values()) {
      drive.ticks().cancel(false);
      try {
        leases.release(leaseOf(drive.fleet())); // a survivor takes it over at once
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Fleet lease left to expire: " + e.getMessage());
      }
    }
    for (GatewayRuntime gateway : runtimes.values()) {
      gateway.close();
      LOG.info(
          () ->
              "Gateway "
                  + gateway.gatewayId
                  + " stopped: "
                  + gateway.sent.get()
                  + " readings sent, "
                  + gateway.refused.get()
                  + " refused by policy, "
                  + gateway.failed.get()
                  + " failed");
    }
    runtimes.clear();
    driven.clear();
  }
}
