package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.Tenant;
import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyQuestion.LinkUse;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkPhysics;
import io.qgate.vault.domain.PoolLevel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every link of the network registry as a simulated QKD link: once a second each instance
 * claims the links whose lease is free or its own (one runner per link in the cluster; a dead
 * instance's links move to a survivor when their lease expires), and for each it deposits the key
 * the engine's physics gives for that second — times the demo acceleration — into the link's pool,
 * until the pool is full. A link whose QBER the network policy forbids deposits nothing.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class LinkRunners {

  private static final Logger LOG = Logger.getLogger(LinkRunners.class.getName());
  private static final long TICK_MILLIS = 1_000;
  private static final int LEASE_SECONDS = 10;
  private static final PolicyScope NETWORK = new PolicyScope(Tenant.SHARED, PolicyDomain.NETWORK);

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject KeyStore store;
  @Inject PolicyEnforcement policies;

  @Inject
  @ConfigProperty(name = "qgate.vault.time-acceleration", defaultValue = "1")
  double acceleration;

  @Inject
  @ConfigProperty(name = "qgate.vault.simulate-links", defaultValue = "true")
  boolean simulate;

  private final String holder =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);
  private final Map<String, Double> carryBits = new HashMap<>();
  private final Map<String, String> lastStatus = new HashMap<>();
  private final SecureRandom random = new SecureRandom();
  private ScheduledFuture<?> schedule;

  @PostConstruct
  void start() {
    if (simulate) {
      schedule =
          scheduler.scheduleWithFixedDelay(
              this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  private void tick() {
    try {
      for (LinkPhysics link : claimedLinks()) {
        run(link);
      }
    } catch (SQLException | RuntimeException e) {
      // Not migrated yet, database down, vault shut: try again next second.
      LOG.log(Level.FINE, "Link runners idle this second: " + e.getMessage());
    }
  }

  private void run(LinkPhysics link) throws SQLException {
    var yield = link.yield();
    if (yield.isEmpty() || yield.get().secretBitsPerSecond() <= 0) {
      publish(link.linkId(), null, 0, "NO_KEY");
      return;
    }
    double qber = yield.get().qber();
    var decision = policies.evaluate(new LinkUse(NETWORK, "link-runner", link.linkId(), qber));
    if (!decision.allowed()) {
      publish(link.linkId(), qber, yield.get().secretBitsPerSecond(), "DENIED");
      return;
    }
    double bits =
        carryBits.getOrDefault(link.linkId(), 0.0)
            + yield.get().secretBitsPerSecond() * acceleration * TICK_MILLIS / 1000.0;
    PoolLevel level = store.level(link.linkId());
    long room = Math.max(0, (level.capacityBits() - level.storedBits()) / EtsiLimits.BLOCK_BITS);
    long blocks = Math.min((long) (bits / EtsiLimits.BLOCK_BITS), room);
    carryBits.put(link.linkId(), blocks == room ? 0.0 : bits - blocks * EtsiLimits.BLOCK_BITS);
    if (blocks > 0) {
      List<byte[]> material = new ArrayList<>((int) blocks);
      for (long i = 0; i < blocks; i++) {
        byte[] block = new byte[EtsiLimits.BLOCK_BITS / 8];
        random.nextBytes(block); // stands in for the distilled key of this second
        material.add(block);
      }
      store.deposit(link.linkId(), qber, material);
      material.forEach(b -> java.util.Arrays.fill(b, (byte) 0));
    }
    publish(
        link.linkId(),
        qber,
        yield.get().secretBitsPerSecond(),
        room == 0 ? "POOL_FULL" : "RUNNING");
  }

  /** Claims or renews the lease of every free or own link; returns the links this instance runs. */
  private List<LinkPhysics> claimedLinks() throws SQLException {
    List<LinkPhysics> claimed = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement links =
            connection.prepareStatement(
                "SELECT id, protocol, coalesce(loss_db, length_km * loss_db_per_km), detector_efficiency,"
                    + " dark_count_probability, misalignment, repetition_rate_hz FROM network_link ORDER BY id");
        PreparedStatement claim =
            connection.prepareStatement(
                "INSERT INTO vault_link_state (link_id, holder, lease_expires_at, status, updated_at)"
                    + " VALUES (?, ?, now() + make_interval(secs => ?), 'RUNNING', now())"
                    + " ON CONFLICT (link_id) DO UPDATE SET holder = EXCLUDED.holder,"
                    + " lease_expires_at = EXCLUDED.lease_expires_at"
                    + " WHERE vault_link_state.holder = EXCLUDED.holder OR vault_link_state.lease_expires_at < now()")) {
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
          claim.setString(1, link.linkId());
          claim.setString(2, holder);
          claim.setInt(3, LEASE_SECONDS);
          if (claim.executeUpdate() == 1) {
            claimed.add(link);
          }
        }
      }
    }
    return claimed;
  }

  private void publish(String linkId, Double qber, double secretBitsPerSecond, String status)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE vault_link_state SET qber = ?, secret_key_rate = ?, status = ?, updated_at = now()"
                    + " WHERE link_id = ? AND holder = ?")) {
      if (qber == null) {
        update.setNull(1, java.sql.Types.DOUBLE);
      } else {
        update.setDouble(1, qber);
      }
      update.setDouble(2, secretBitsPerSecond);
      update.setString(3, status);
      update.setString(4, linkId);
      update.setString(5, holder);
      update.executeUpdate();
    }
    String previous = lastStatus.put(linkId, status);
    if (!status.equals(previous)) {
      LOG.info(
          () ->
              "Link "
                  + linkId
                  + " runs here ("
                  + holder
                  + "): "
                  + status
                  + ", "
                  + Math.round(secretBitsPerSecond)
                  + " secret bit/s, QBER "
                  + qber);
    }
  }
}
