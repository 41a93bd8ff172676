package io.qgate.vault.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.qgate.audit.TestPostgres;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.Decision;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyQuestion;
import io.qgate.vault.application.KeyLifecycleFixture.RecordingAudit;
import io.qgate.vault.application.KeyLifecycleFixture.RecordingEvents;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.LinkPhysics;
import io.qgate.vault.domain.LinkReport;
import io.qgate.vault.domain.LinkSource;
import io.qgate.vault.domain.LinkStates;
import io.qgate.vault.domain.LinkStatus;
import io.qgate.vault.domain.monitoring.AttackKind;
import io.qgate.vault.domain.monitoring.LinkAttack;
import io.qgate.vault.domain.monitoring.LinkHealth;
import io.qgate.vault.domain.monitoring.LinkObservation;
import io.qgate.vault.domain.monitoring.LinkObserver;
import io.qgate.vault.domain.monitoring.LinkSample;
import io.qgate.vault.infrastructure.JdbcKeyStore;
import io.qgate.vault.infrastructure.JdbcLinkMonitorStore;
import io.qgate.vault.infrastructure.KekRing;
import io.qgate.vault.infrastructure.TwoNodeVault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Link monitoring on a real PostgreSQL: an eavesdropper attached through the operations service
 * makes the next window mark the link compromised, and what it produced since its last good window
 * is quarantined while eight clients on two store instances take and fetch keys — none of those
 * keys is delivered afterwards; clearing makes the link usable again; old samples are deleted.
 */
class LinkMonitoringDatabaseTest {

  private static final LinkPhysics AB =
      new LinkPhysics("l-ab", "BB84_DECOY", 5, 0.1, 1e-6, 0.01, 1e9);

  private static TestPostgres postgres;

  @TempDir Path dir;

  private String url;
  private Path kekFile;
  private JdbcKeyStore store;
  private JdbcLinkMonitorStore monitorStore;
  private RecordingAudit audit;
  private final List<Alert> alerts = new CopyOnWriteArrayList<>();
  private LinkWatch watch;
  private LinkOperationsService operations;
  private final AtomicInteger deposits = new AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start("vault-monitoring");
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @BeforeEach
  void database() throws Exception {
    url = postgres.newDatabase();
    owner(
        "INSERT INTO network_node (id, version, name, role, tenant, site, created_at, updated_at) VALUES"
            + " ('n-a', 0, 'A', 'CORE_KME', 'SHARED', 'a', now(), now()),"
            + " ('n-b', 0, 'B', 'EDGE_GATEWAY', 'UTILITY', 'b', now(), now())",
        "INSERT INTO vault_sae (sae_id, node_id, tenant, domain, created_at) VALUES"
            + " ('sae-a', 'n-a', 'SHARED', 'NETWORK', now()), ('sae-b', 'n-b', 'UTILITY', 'GRID', now())",
        "INSERT INTO network_link (id, version, endpoint_a, endpoint_b, protocol, channel_kind, length_km,"
            + " loss_db_per_km, detector_efficiency, dark_count_probability, misalignment, repetition_rate_hz,"
            + " qber_alarm_threshold, created_at, updated_at) VALUES"
            + " ('l-ab', 0, 'n-a', 'n-b', 'BB84_DECOY', 'FIBRE', 25, 0.2, 0.1, 1e-6, 0.01, 1e9, 0.11, now(), now())",
        "INSERT INTO vault_link_state (link_id, holder, lease_expires_at, status, updated_at)"
            + " VALUES ('l-ab', 'test', now() + interval '1 hour', 'RUNNING', now())");
    kekFile = dir.resolve("kek");
    byte[] kek = new byte[32];
    new SecureRandom().nextBytes(kek);
    Files.writeString(kekFile, "kek-1 " + Base64.getEncoder().encodeToString(kek) + "\n");
    store = storeOn();
    monitorStore = new JdbcLinkMonitorStore(postgres.asApp(url));
    audit = new RecordingAudit();
    KeyLifecycleService lifecycle = new KeyLifecycleService();
    lifecycle.store = store;
    lifecycle.auditTrail = audit;
    lifecycle.events = new RecordingEvents();
    LinkMonitorService monitor = new LinkMonitorService();
    monitor.store = monitorStore;
    monitor.lifecycle = lifecycle;
    monitor.auditTrail = audit;
    monitor.alerts = alerts::add;
    watch = new LinkWatch();
    watch.store = monitorStore;
    watch.monitor = monitor;
    watch.windowSeconds = 3600; // no window closes during a test unless it says so
    operations = new LinkOperationsService();
    operations.store = monitorStore;
    operations.hardware = link -> false;
    operations.auditTrail = audit;
    operations.policies = new AllowingPolicy();
    operations.monitor = monitor;
  }

  @Test
  void anAttachedEavesdropperCompromisesTheLinkAndNoKeyOfItsWindowIsDeliveredUnderLoad()
      throws Exception {
    // Material of a window confirmed good ten minutes ago: ten keys reserved from it survive.
    deposit(100);
    List<IssuedKey> old = reserve(store, 10);
    owner(
        "UPDATE vault_key SET issued_at = now() - interval '10 minutes'",
        "UPDATE vault_pool_block SET produced_at = now() - interval '10 minutes'",
        "UPDATE vault_link_state SET last_good_at = now() - interval '5 minutes'");
    deposit(3_000); // the current window's material
    // Reserved in the current window and not yet fetched: the quarantine must take these.
    List<IssuedKey> pending = reserve(store, 5);
    JdbcKeyStore otherInstance = storeOn();
    LinkStates etsiGuard = new MonitorLinkStates(new JdbcLinkMonitorStore(postgres.asApp(url)));
    AtomicBoolean quarantined = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger deliveredBefore = new AtomicInteger();
    List<String> deliveredAfter = new CopyOnWriteArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        JdbcKeyStore instance = c % 2 == 0 ? store : otherInstance;
        done.add(
            clients.submit(
                () -> {
                  while (!stop.get()) {
                    boolean wasQuarantined = quarantined.get();
                    try {
                      etsiGuard.requireUsable("l-ab"); // what enc_keys checks first
                      List<IssuedKey> keys = reserve(instance, 2);
                      instance.deliver(
                          "sae-a", "sae-b", keys.stream().map(IssuedKey::keyId).toList());
                      if (wasQuarantined) {
                        deliveredAfter.add(keys.get(0).keyId().toString());
                      } else {
                        deliveredBefore.incrementAndGet();
                      }
                    } catch (EtsiException e) {
                      // 503: compromised or pool gone; 400: the keys were quarantined meanwhile.
                      assertThat(e.status()).isIn(400, 503);
                    }
                  }
                  return null;
                }));
      }
      // Traffic first (however slow the machine): some keys must flow before the attack.
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (deliveredBefore.get() < 8 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      operations.attach("l-ab", AttackKind.INTERCEPT_RESEND, 1.0, "admin");
      LinkWatch.Tick tick = watch.tick(AB, 0.11, source(), 1_000_000);
      quarantined.set(true);
      assertThat(tick.report().status()).isEqualTo(LinkStatus.COMPROMISED);
      assertThat(tick.report().detail()).contains("QBER 0.25");
      Thread.sleep(300);
      stop.set(true);
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(deliveredBefore.get()).as("keys delivered before the attack").isPositive();
    assertThat(deliveredAfter).as("keys delivered after the quarantine").isEmpty();
    assertThat(
            count(
                "SELECT count(*) FROM vault_key k JOIN vault_key_slave s USING (key_id)"
                    + " WHERE k.state = 'QUARANTINED' AND s.delivered_at IS NOT NULL"))
        .isZero();
    for (IssuedKey key : pending) {
      assertThat(
              count(
                  "SELECT count(*) FROM vault_key WHERE state = 'QUARANTINED' AND key_id = '"
                      + key.keyId()
                      + "'"))
          .isOne();
    }
    assertThatThrownBy(() -> store.deliver("sae-a", "sae-b", List.of(pending.get(0).keyId())))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("(quarantined)");
    // Only the keys of the good window are still reserved; only its blocks are left in the pool.
    assertThat(
            count(
                "SELECT count(*) FROM vault_key WHERE state = 'RESERVED' AND issued_at > now() - interval '9 minutes'"))
        .isZero();
    for (IssuedKey key : old) {
      assertThat(
              count(
                  "SELECT count(*) FROM vault_key WHERE state = 'RESERVED' AND key_id = '"
                      + key.keyId()
                      + "'"))
          .isOne();
    }
    assertThat(
            count(
                "SELECT count(*) FROM vault_pool_block WHERE produced_at > now() - interval '9 minutes'"))
        .isZero();

    // Every instance sees the mark, with the QBER that set it and no key rate (not the last
    // honest reading); the next windows deposit nothing and mark nothing again.
    LinkHealth marked = new JdbcLinkMonitorStore(postgres.asApp(url)).health("l-ab").orElseThrow();
    assertThat(marked.compromised()).isTrue();
    assertThat(marked.qber()).isCloseTo(0.25, within(0.02));
    assertThat(marked.secretBitsPerSecond()).isZero();
    long pool = store.level("l-ab").storedBits();
    int depositsBefore = deposits.get();
    assertThat(watch.tick(AB, 0.11, source(), 1_000_000).report().status())
        .isEqualTo(LinkStatus.COMPROMISED);
    assertThat(deposits.get()).isEqualTo(depositsBefore);
    assertThat(store.level("l-ab").storedBits()).isEqualTo(pool);
    assertThat(types())
        .containsSubsequence(
            AuditEventType.EAVESDROPPER_ATTACHED,
            AuditEventType.LINK_COMPROMISED,
            AuditEventType.KEY_QUARANTINED);
    assertThat(types().stream().filter(t -> t == AuditEventType.LINK_COMPROMISED)).hasSize(1);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).type()).isEqualTo("LINK_COMPROMISED");
    assertThat(alerts.get(0).severity()).isEqualTo("CRITICAL");
    assertThat(alerts.get(0).sourceId()).isEqualTo("l-ab");
  }

  @Test
  void clearingMakesTheLinkUsableAgainUnlessTheEavesdropperIsStillThere() {
    assertThat(watch.tick(AB, 0.11, source(), 1_000).report().status())
        .isEqualTo(LinkStatus.RUNNING);
    assertThatThrownBy(() -> operations.clear("l-ab", "nothing happened", "op"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("not compromised");
    operations.attach("l-ab", AttackKind.PNS, null, "admin");
    assertThat(watch.tick(AB, 0.11, source(), 1_000).report().detail())
        .contains("single-photon yield");
    MonitorLinkStates states = new MonitorLinkStates(monitorStore);
    assertThat(states.usable("l-ab")).isFalse();
    assertThatThrownBy(() -> states.requireUsable("l-ab"))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("QKD link l-ab is compromised")
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(503));

    operations.clear("l-ab", "false alarm?", "op"); // Eve is still there
    assertThat(watch.tick(AB, 0.11, source(), 1_000).report().status())
        .isEqualTo(LinkStatus.COMPROMISED);

    operations.detach("l-ab", "admin");
    var cleared = operations.clear("l-ab", "fibre inspected, tap removed", "op");
    assertThat(cleared.compromised()).isFalse();
    assertThat(cleared.lastGoodAt()).isNotNull();
    assertThat(cleared.attack()).isEmpty();
    assertThat(states.usable("l-ab")).isTrue();
    int before = deposits.get();
    assertThat(watch.tick(AB, 0.11, source(), 1_000).report().status())
        .isEqualTo(LinkStatus.RUNNING);
    assertThat(deposits.get()).isEqualTo(before + 1);
    assertThat(types())
        .containsSubsequence(
            AuditEventType.EAVESDROPPER_ATTACHED,
            AuditEventType.LINK_COMPROMISED,
            AuditEventType.LINK_CLEARED,
            AuditEventType.LINK_COMPROMISED,
            AuditEventType.EAVESDROPPER_DETACHED,
            AuditEventType.LINK_CLEARED);
    AuditEvent lastClear = audit.events.get(audit.events.size() - 1);
    assertThat(lastClear.actor()).isEqualTo("op");
    assertThat(lastClear.details()).contains("fibre inspected, tap removed", "single-photon yield");
    assertThat(alerts.stream().map(Alert::type))
        .containsExactly("LINK_COMPROMISED", "LINK_CLEARED", "LINK_COMPROMISED", "LINK_CLEARED");
  }

  @Test
  void theHealthOfManyLinksIsReadInOneQueryInIdOrder() throws Exception {
    owner(
        "INSERT INTO network_node (id, version, name, role, tenant, site, created_at, updated_at) VALUES"
            + " ('n-c', 0, 'C', 'TRUSTED_RELAY', 'SHARED', 'c', now(), now())",
        "INSERT INTO network_link (id, version, endpoint_a, endpoint_b, protocol, channel_kind, length_km,"
            + " loss_db_per_km, detector_efficiency, dark_count_probability, misalignment, repetition_rate_hz,"
            + " qber_alarm_threshold, created_at, updated_at) VALUES"
            + " ('l-aa', 0, 'n-c', 'n-a', 'E91', 'FIBRE', 10, 0.2, 0.1, 1e-6, 0.01, 1e9, 0.11, now(), now())");
    operations.attach("l-ab", AttackKind.PNS, null, "admin");

    List<LinkHealth> health = monitorStore.health(List.of("l-ab", "no-such-link", "l-aa"));

    assertThat(health).extracting(LinkHealth::linkId).containsExactly("l-aa", "l-ab");
    assertThat(health.get(0).protocol()).isEqualTo("E91");
    assertThat(health.get(0).status()).as("no runner reported yet").isNull();
    assertThat(health.get(0).attack()).isEmpty();
    assertThat(health.get(1)).isEqualTo(monitorStore.health("l-ab").orElseThrow());
    assertThat(health.get(1).attack().orElseThrow().kind()).isEqualTo(AttackKind.PNS);
    assertThat(monitorStore.health(List.of())).isEmpty();
  }

  @Test
  void aCompromiseTheTrailRefusesChangesNothingAndIsRetriedNextWindow() {
    deposit(10);
    operations.attach("l-ab", AttackKind.INTERCEPT_RESEND, 0.8, "admin");
    audit.down = true;
    assertThatThrownBy(() -> watch.tick(AB, 0.11, source(), 1_000))
        .isInstanceOf(AuditUnavailableException.class);
    assertThat(monitorStore.health("l-ab").orElseThrow().compromised()).isFalse();
    assertThat(store.level("l-ab").storedBits()).isEqualTo(10 * 256);
    audit.down = false;
    assertThat(watch.tick(AB, 0.11, source(), 1_000).report().status())
        .isEqualTo(LinkStatus.COMPROMISED);
    assertThat(store.level("l-ab").storedBits()).isZero();
  }

  @Test
  void aClosedGoodWindowProtectsItsMaterialFromALaterCompromise() throws Exception {
    watch.windowSeconds = 1;
    watch.tick(AB, 0.11, source(), 1_000); // first window: confirmed at once
    owner("UPDATE vault_link_state SET last_good_at = now() - interval '2 seconds'");
    watch.tick(AB, 0.11, source(), 1_000); // closes: its block is confirmed too
    long confirmed = store.level("l-ab").storedBits();
    assertThat(confirmed).isEqualTo(2 * 256);
    deposit(5); // produced after the last good window
    operations.attach("l-ab", AttackKind.INTERCEPT_RESEND, 1.0, "admin");
    watch.tick(AB, 0.11, source(), 1_000);
    assertThat(store.level("l-ab").storedBits()).isEqualTo(confirmed);
  }

  @Test
  void samplesAreAveragedPerStepAndDeletedAfterTheRetention() {
    Instant now = Instant.now();
    monitorStore.record(
        List.of(
            new LinkSample("l-ab", now.minus(Duration.ofHours(30)), 0.02, 10, 5, 256, "RUNNING"),
            new LinkSample("l-ab", now.minusSeconds(50), 0.02, 100, 40, 512, "RUNNING"),
            new LinkSample("l-ab", now.minusSeconds(49), 0.04, 300, 60, 768, "RUNNING"),
            new LinkSample("l-ab", now.minusSeconds(48), 0.26, 300, 0, 768, "COMPROMISED"),
            new LinkSample("l-ab", null, null, 0, 0, 0, "COMPROMISED")));
    List<LinkSample> series =
        monitorStore.samples(
            "l-ab", now.minus(Duration.ofHours(48)), now.plusSeconds(5), Duration.ofDays(1));
    assertThat(series.stream().mapToLong(s -> 1).sum()).isBetween(1L, 3L);
    List<LinkSample> recent =
        monitorStore.samples(
            "l-ab", now.minusSeconds(60), now.plusSeconds(60), Duration.ofHours(1));
    assertThat(recent).hasSizeBetween(1, 2); // the hour may turn during the test
    List<LinkSample> perSecond =
        monitorStore.samples(
            "l-ab", now.minusSeconds(50), now.minusSeconds(47), Duration.ofSeconds(1));
    assertThat(perSecond).hasSizeBetween(3, 4);
    assertThat(perSecond.get(perSecond.size() - 1).status()).isEqualTo("COMPROMISED");

    assertThat(monitorStore.purge(now.minus(Duration.ofHours(24)))).isOne();
    assertThat(
            monitorStore.samples(
                "l-ab",
                now.minus(Duration.ofHours(48)),
                now.minus(Duration.ofHours(24)),
                Duration.ofHours(1)))
        .isEmpty();
    assertThat(count("SELECT count(*) FROM vault_link_sample")).isEqualTo(4);
  }

  // ---- Helpers ----

  /** The engine's observation, and a fixed deposit of one block per good window. */
  private LinkSource source() {
    return new LinkSource() {
      @Override
      public Optional<LinkObservation> observe(LinkPhysics link, Optional<LinkAttack> attack) {
        return LinkObserver.observe(link, attack);
      }

      @Override
      public LinkReport fill(LinkPhysics link, LinkObservation seen, long roomBlocks) {
        deposits.incrementAndGet();
        deposit(1);
        return LinkReport.of(LinkStatus.RUNNING, seen.qber(), seen.secretBitsPerSecond());
      }

      @Override
      public LinkReport fill(LinkPhysics link, long roomBlocks) {
        throw new AssertionError("a simulated link is filled with what it observed");
      }
    };
  }

  /** The ETSI guard's view, read straight from the database. */
  record MonitorLinkStates(JdbcLinkMonitorStore states) implements LinkStates {
    @Override
    public Optional<Double> qber(String linkId) {
      return Optional.empty();
    }

    @Override
    public Optional<String> compromise(String linkId) {
      var health = states.health(linkId).orElseThrow();
      return health.compromised() ? Optional.of(health.compromiseReason()) : Optional.empty();
    }
  }

  static final class AllowingPolicy extends PolicyEnforcement {
    @Override
    public Decision enforce(PolicyQuestion question) {
      return null;
    }
  }

  private List<AuditEventType> types() {
    return audit.events.stream().map(AuditEvent::type).toList();
  }

  private JdbcKeyStore storeOn() {
    KekRing ring = KekRing.load(Optional.of(kekFile)).orElseThrow();
    return new JdbcKeyStore(postgres.asApp(url), ring, 1L << 24, Duration.ofHours(1));
  }

  private void deposit(int blocks) {
    TwoNodeVault.deposit(store, "l-ab", blocks);
  }

  private static List<IssuedKey> reserve(JdbcKeyStore from, int n) {
    return from.reserve(
        "l-ab",
        "sae-a",
        List.of("sae-b"),
        new KeyOrder(n, 256, KeyClass.QKD),
        KeyDerivation.AS_DISTILLED);
  }

  private void owner(String... statements) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  private long count(String query) {
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
