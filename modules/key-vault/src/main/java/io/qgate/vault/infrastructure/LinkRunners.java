package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.cluster.ClusterLeases;
import io.qgate.platform.infrastructure.TaskFailures;
import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.vault.application.LinkWatch;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkPhysics;
import io.qgate.vault.domain.LinkReport;
import io.qgate.vault.domain.LinkSource;
import io.qgate.vault.domain.LinkStatus;
import io.qgate.vault.domain.PoolLevel;
import io.qgate.vault.domain.monitoring.LinkMonitorStore;
import io.qgate.vault.domain.monitoring.LinkObservation;
import io.qgate.vault.domain.monitoring.LinkSample;
import io.qgate.vault.infrastructure.external.ExternalKmes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every link of the network registry: once a second each instance claims its fair share of the
 * links ({@link LinkLeases}: one runner per link in the cluster; a dead instance's links move to
 * the survivors when their leases expire), and for each asks the link's source for this second's
 * key and publishes how the link is doing. The source is the external KMEs of {@code
 * QGATE_VAULT_EXTERNAL_KMES} for the links that file names (pulled whatever {@code
 * QGATE_VAULT_SIMULATE_LINKS} says), else the engine's simulation if simulation is on; a link named
 * in the file whose entry is invalid is run by neither. Each tick is a monitoring window ({@link
 * LinkWatch}) and one point of the link's time series, written in one batch for all its links.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class LinkRunners {

  private static final Logger LOG = Logger.getLogger(LinkRunners.class.getName());
  private static final String CLAIM = "claiming links";
  private static final String SAMPLES = "recording samples";
  private static final long TICK_MILLIS = 1_000;

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject KeyStore store;
  @Inject PolicyEnforcement policies;
  @Inject ExternalKmes externalKmes;
  @Inject LinkWatch watch;
  @Inject LinkMonitorStore monitorStore;
  @Inject ClusterLeases leases; // names this instance as lease holder

  @Inject
  @ConfigProperty(name = "qgate.vault.time-acceleration", defaultValue = "1")
  double acceleration;

  @Inject
  @ConfigProperty(name = "qgate.vault.simulate-links", defaultValue = "true")
  boolean simulate;

  private final Map<String, LinkReport> lastReport = new HashMap<>();
  private LinkSource simulated;
  private LinkLeases linkLeases;
  private ScheduledFuture<?> schedule;
  private final TaskFailures failures = new TaskFailures(LOG, "Link runners");

  private record Claimed(LinkPhysics link, double qberThreshold, LinkSource source) {}

  @PostConstruct
  void start() {
    linkLeases = new LinkLeases(leases);
    simulated = new SimulatedLinkSource(store, policies, acceleration * TICK_MILLIS / 1000.0);
    if (simulate || externalKmes.configuresAny()) {
      schedule =
          scheduler.scheduleWithFixedDelay(
              this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
      releaseLeases();
    }
  }

  /** On a clean shutdown (rolling restart) the survivors take this instance's links at once. */
  private void releaseLeases() {
    try (Connection connection = dataSource.getConnection()) {
      linkLeases.releaseAll(connection);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.FINE, "Link leases left to expire: " + e.getMessage());
    }
  }

  private void tick() {
    List<Claimed> claimed;
    try {
      claimed = claimedLinks();
      failures.succeeded(CLAIM);
    } catch (SQLException | RuntimeException e) {
      // Not migrated yet, database down: try again next second.
      failures.failed(CLAIM, e);
      return;
    }
    List<LinkSample> samples = new ArrayList<>();
    for (Claimed link : claimed) {
      try {
        samples.add(run(link));
        failures.succeeded("link " + link.link().linkId());
      } catch (SQLException | RuntimeException e) {
        // Vault shut, database down, audit trail refusing: this link waits for the next second.
        failures.failed("link " + link.link().linkId(), e);
      }
    }
    try {
      monitorStore.record(samples);
      failures.succeeded(SAMPLES);
    } catch (RuntimeException e) {
      failures.failed(SAMPLES, e);
    }
  }

  /** One window of a link; returns its point of the time series. */
  private LinkSample run(Claimed claimed) throws SQLException {
    String linkId = claimed.link().linkId();
    PoolLevel level = store.level(linkId);
    long room = Math.max(0, (level.capacityBits() - level.storedBits()) / EtsiLimits.BLOCK_BITS);
    LinkWatch.Tick tick =
        watch.tick(claimed.link(), claimed.qberThreshold(), claimed.source(), room);
    double sifted = tick.seen().map(LinkObservation::siftedBitsPerSecond).orElse(0.0);
    LinkReport report = tick.report();
    publish(linkId, report, sifted);
    // The rate the link distils; nothing while it is compromised or denied.
    boolean producing =
        report.status() == LinkStatus.RUNNING || report.status() == LinkStatus.POOL_FULL;
    double kept = producing ? report.secretBitsPerSecond() : 0;
    return new LinkSample(
        linkId, null, report.qber(), sifted, kept, level.storedBits(), report.status().name());
  }

  private LinkSource sourceOf(String linkId) {
    if (externalKmes.configures(linkId)) {
      return externalKmes.source(linkId).orElse(null);
    }
    return simulate ? simulated : null;
  }

  /** Claims this instance's share of the links ({@link LinkLeases}); returns those it runs. */
  private List<Claimed> claimedLinks() throws SQLException {
    Map<String, Claimed> runnable = new LinkedHashMap<>();
    List<String> registered = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement links =
            connection.prepareStatement(
                "SELECT id, protocol, coalesce(loss_db, length_km * loss_db_per_km), detector_efficiency,"
                    + " dark_count_probability, misalignment, repetition_rate_hz, qber_alarm_threshold"
                    + " FROM network_link ORDER BY id")) {
      try (ResultSet rows = links.executeQuery()) {
        while (rows.next()) {
          LinkPhysics link =
              new LinkPhysics(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getDouble(3),
                  rows.getDouble(4),
                  rows.getDouble(5),
                  rows.getDouble(6),
                  rows.getDouble(7));
          registered.add(link.linkId());
          LinkSource source = sourceOf(link.linkId());
          if (source != null) {
            runnable.put(link.linkId(), new Claimed(link, rows.getDouble(8), source));
          }
        }
      }
      externalKmes.checkRegistered(registered);
      return linkLeases.claim(connection, List.copyOf(runnable.keySet())).stream()
          .map(runnable::get)
          .toList();
    }
  }

  private void publish(String linkId, LinkReport report, double siftedBitsPerSecond)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE vault_link_state SET qber = ?, secret_key_rate = ?, status = ?, detail = ?,"
                    + " sifted_key_rate = ?, updated_at = now() WHERE link_id = ? AND holder = ?")) {
      if (report.qber() == null) {
        update.setNull(1, java.sql.Types.DOUBLE);
      } else {
        update.setDouble(1, report.qber());
      }
      update.setDouble(2, report.secretBitsPerSecond());
      update.setString(3, report.status().name());
      update.setString(4, report.detail());
      update.setDouble(5, siftedBitsPerSecond);
      update.setString(6, linkId);
      update.setString(7, leases.instance());
      update.executeUpdate();
    }
    LinkReport previous = lastReport.put(linkId, report);
    if (previous == null
        || previous.status() != report.status()
        || !Objects.equals(previous.detail(), report.detail())) {
      // Once per change: a KME down for an hour is one line, not 3,600.
      LOG.log(
          report.status().name().startsWith("EXTERNAL_")
                  || report.status() == LinkStatus.COMPROMISED
              ? Level.WARNING
              : Level.INFO,
          () ->
              "Link "
                  + linkId
                  + " runs here ("
                  + leases.instance()
                  + "): "
                  + report.status()
                  + ", "
                  + Math.round(report.secretBitsPerSecond())
                  + " secret bit/s, QBER "
                  + (report.qber() == null ? "unknown" : report.qber())
                  + (report.detail() == null ? "" : ": " + report.detail()));
    }
  }
}
