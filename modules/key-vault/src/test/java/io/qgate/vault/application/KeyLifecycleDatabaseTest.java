package io.qgate.vault.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.audit.TestPostgres;
import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KekInventory;
import io.qgate.vault.domain.KekRewrap;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyEventSink;
import io.qgate.vault.domain.KeyMetadata;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeyState;
import io.qgate.vault.domain.LinkQuarantine;
import io.qgate.vault.domain.WrappedCounts;
import io.qgate.vault.domain.telemetry.TelemetryMasterKey;
import io.qgate.vault.infrastructure.JdbcKeyStore;
import io.qgate.vault.infrastructure.JdbcMasterKeyCustody;
import io.qgate.vault.infrastructure.KekRing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expiry, revocation, quarantine and KEK rewrap on a real PostgreSQL, through {@link
 * KeyLifecycleService} over the platform's {@link JdbcKeyStore}: exactly the right keys change
 * state and lose their material, dec_keys refuses them afterwards, every change is audited before
 * it happens (and does not happen if the trail refuses), and after a rewrap a ring holding only the
 * new KEK unwraps everything.
 */
class KeyLifecycleDatabaseTest {

  private static TestPostgres postgres;

  @TempDir Path dir;

  private String url;
  private Path kekFile;
  private JdbcKeyStore store;
  private RecordingAudit audit;
  private RecordingEvents events;
  private KeyLifecycleService lifecycle;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start("vault-lifecycle");
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
            + " ('n-b', 0, 'B', 'EDGE_GATEWAY', 'UTILITY', 'b', now(), now()),"
            + " ('n-c', 0, 'C', 'EDGE_GATEWAY', 'HOSPITAL', 'c', now(), now())",
        "INSERT INTO vault_sae (sae_id, node_id, tenant, domain, created_at) VALUES"
            + " ('sae-a', 'n-a', 'SHARED', 'NETWORK', now()), ('sae-b', 'n-b', 'UTILITY', 'GRID', now()),"
            + " ('sae-b2', 'n-b', 'UTILITY', 'GRID', now()), ('sae-c', 'n-c', 'HOSPITAL', 'HEALTH', now())",
        "INSERT INTO network_link (id, version, endpoint_a, endpoint_b, protocol, channel_kind, length_km,"
            + " loss_db_per_km, detector_efficiency, dark_count_probability, misalignment, repetition_rate_hz,"
            + " qber_alarm_threshold, created_at, updated_at) VALUES"
            + " ('l-ab', 0, 'n-a', 'n-b', 'BB84_DECOY', 'FIBRE', 25, 0.2, 0.1, 1e-6, 0.01, 1e9, 0.11, now(), now()),"
            + " ('l-ac', 0, 'n-a', 'n-c', 'BB84_DECOY', 'FIBRE', 25, 0.2, 0.1, 1e-6, 0.01, 1e9, 0.11, now(), now()),"
            + " ('l-bc', 0, 'n-b', 'n-c', 'BB84_DECOY', 'FIBRE', 25, 0.2, 0.1, 1e-6, 0.01, 1e9, 0.11, now(), now())");
    kekFile = dir.resolve("kek");
    store = storeWith(kekFile);
    audit = new RecordingAudit();
    events = new RecordingEvents();
    lifecycle = service(store);
  }

  // ---- Expiry ----

  @Test
  void theSweepErasesExactlyTheExpiredReservations() throws Exception {
    deposit(store, "l-ab", 20);
    deposit(store, "l-ac", 4);
    List<IssuedKey> ab = reserve(store, "l-ab", "sae-b", 6);
    List<IssuedKey> ac = reserve(store, "l-ac", "sae-c", 2);
    IssuedKey consumed = reserve(store, "l-ab", "sae-b", 1).get(0);
    store.deliver("sae-a", "sae-b", List.of(consumed.keyId()));

    List<UUID> due = List.of(ab.get(0).keyId(), ab.get(2).keyId(), ab.get(4).keyId());
    List<UUID> expired = new ArrayList<>(due);
    expired.add(ac.get(1).keyId());
    backdate(expired);
    backdate(List.of(consumed.keyId()));

    assertThat(lifecycle.expireDue()).isEqualTo(4);

    for (UUID id : expired) {
      assertErased(id, KeyState.EXPIRED);
    }
    for (IssuedKey live : List.of(ab.get(1), ab.get(3), ab.get(5), ac.get(0))) {
      assertThat(state(live.keyId())).isEqualTo("RESERVED");
      assertThat(hasMaterial(live.keyId())).isTrue();
    }
    assertThat(state(consumed.keyId())).isEqualTo("CONSUMED");
    assertThat(audit.events).hasSize(1);
    AuditEvent event = audit.events.get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.KEY_EXPIRED);
    assertThat(event.tenant()).isEqualTo("SHARED");
    assertThat(event.actor()).isEqualTo(KeyLifecycleService.VAULT_ACTOR);
    assertThat(event.details()).contains("\"count\":4", "\"links\":{\"l-ab\":3,\"l-ac\":1}");
    expired.forEach(id -> assertThat(event.details()).contains(id.toString()));
    assertThat(events.closed).extracting(Closed::type).containsOnly("EXPIRED");
    assertThat(events.closed).extracting(Closed::linkId).containsExactly("l-ab", "l-ac");
    assertThat(events.closed.get(0).keyIds()).containsExactlyInAnyOrderElementsOf(due);
    assertThat(events.closed.get(1).keyIds()).containsExactly(ac.get(1).keyId());

    assertThatThrownBy(() -> store.deliver("sae-a", "sae-b", List.of(due.get(0))))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("no longer available to SAE sae-b (expired)");
    assertThat(store.deliver("sae-a", "sae-b", List.of(ab.get(1).keyId())).get(0).material())
        .isEqualTo(ab.get(1).material());

    // Nothing left to erase: no event.
    assertThat(lifecycle.expireDue()).isZero();
    assertThat(audit.events).hasSize(1);
  }

  @Test
  void sweepsOnTwoInstancesAtOnceEraseEachExpiredKeyOnce() throws Exception {
    deposit(store, "l-ab", 2_600);
    List<UUID> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      reserve(store, "l-ab", "sae-b", 128).forEach(k -> all.add(k.keyId()));
    }
    backdate(all);
    KeyLifecycleService other = service(storeWith(kekFile));

    ExecutorService sweepers = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> erased = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        KeyLifecycleService instance = i % 2 == 0 ? lifecycle : other;
        erased.add(sweepers.submit(instance::expireDue));
      }
      int total = 0;
      for (Future<Integer> f : erased) {
        total += f.get();
      }
      assertThat(total).isEqualTo(all.size());
    } finally {
      sweepers.shutdownNow();
    }
    List<UUID> audited = new ArrayList<>();
    for (AuditEvent event : audit.events) {
      for (UUID id : all) {
        if (event.details().contains(id.toString())) {
          audited.add(id);
        }
      }
    }
    assertThat(audited).hasSize(all.size()).doesNotHaveDuplicates();
    assertThat(count("SELECT count(*) FROM vault_key WHERE state = 'EXPIRED' AND wrapped IS NULL"))
        .isEqualTo(all.size());
  }

  @Test
  void aSweepTheAuditTrailRefusesErasesNothing() throws Exception {
    deposit(store, "l-ab", 4);
    List<IssuedKey> keys = reserve(store, "l-ab", "sae-b", 2);
    backdate(keys.stream().map(IssuedKey::keyId).toList());
    audit.down = true;

    assertThatThrownBy(lifecycle::expireDue).isInstanceOf(AuditUnavailableException.class);
    keys.forEach(k -> assertThat(hasMaterial(k.keyId())).isTrue());
    assertThat(events.closed).isEmpty();

    audit.down = false;
    assertThat(lifecycle.expireDue()).isEqualTo(2);
    keys.forEach(k -> assertErased(k.keyId(), KeyState.EXPIRED));
  }

  // ---- Metadata and revocation ----

  @Test
  void metadataShowsTheKeysLifeButNeverItsMaterial() throws Exception {
    deposit(store, "l-ab", 4);
    IssuedKey key = reserveShared(store).get(0);
    store.deliver("sae-a", "sae-b", List.of(key.keyId()));

    KeyMetadata meta = lifecycle.key(key.keyId());
    assertThat(meta.linkId()).isEqualTo("l-ab");
    assertThat(meta.keyClass()).isEqualTo("QKD");
    assertThat(meta.sizeBits()).isEqualTo(256);
    assertThat(meta.masterSae()).isEqualTo("sae-a");
    assertThat(meta.state()).isEqualTo(KeyState.RESERVED);
    assertThat(meta.kekId()).isEqualTo("kek-1");
    assertThat(meta.slaves())
        .extracting(KeyMetadata.SlaveDelivery::saeId, KeyMetadata.SlaveDelivery::delivered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sae-b", true),
            org.assertj.core.groups.Tuple.tuple("sae-b2", false));
    assertThat(meta.expiresAt()).isAfter(meta.issuedAt());
    assertThat(meta.closedAt()).isNull();
    assertThat(meta.toString()).doesNotContain(Base64.getEncoder().encodeToString(key.material()));

    assertThatThrownBy(() -> lifecycle.key(UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void revocationErasesAReservedKeyAndDecKeysRefusesItFromThenOn() throws Exception {
    deposit(store, "l-ab", 4);
    List<IssuedKey> keys = reserveShared(store);
    IssuedKey key = keys.get(0);
    store.deliver("sae-a", "sae-b", List.of(key.keyId()));

    KeyMetadata revoked = lifecycle.revoke(key.keyId(), "SAE sae-b2 decommissioned", "alice");

    assertThat(revoked.state()).isEqualTo(KeyState.REVOKED);
    assertThat(revoked.kekId()).isNull();
    assertThat(revoked.closedAt()).isNotNull();
    assertErased(key.keyId(), KeyState.REVOKED);
    assertThat(state(keys.get(1).keyId())).isEqualTo("RESERVED");
    assertThatThrownBy(() -> store.deliver("sae-a", "sae-b2", List.of(key.keyId())))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("no longer available to SAE sae-b2 (revoked)")
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(400));

    assertThat(audit.events).hasSize(1);
    AuditEvent event = audit.events.get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.KEY_REVOKED);
    assertThat(event.tenant()).isEqualTo("SHARED"); // the master SAE's tenant
    assertThat(event.actor()).isEqualTo("alice");
    assertThat(event.subject()).isEqualTo("key " + key.keyId());
    assertThat(event.details()).contains("SAE sae-b2 decommissioned", "\"link\":\"l-ab\"");
    assertThat(events.closed).containsExactly(new Closed("REVOKED", "l-ab", List.of(key.keyId())));

    assertThatThrownBy(() -> lifecycle.revoke(key.keyId(), "again", "alice"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is revoked; only a reserved key can be revoked");
    assertThatThrownBy(() -> lifecycle.revoke(UUID.randomUUID(), "x", "alice"))
        .isInstanceOf(NotFoundException.class);
    store.deliver("sae-a", "sae-b", List.of(keys.get(1).keyId()));
    store.deliver("sae-a", "sae-b2", List.of(keys.get(1).keyId()));
    assertThatThrownBy(() -> lifecycle.revoke(keys.get(1).keyId(), "late", "alice"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is consumed");
    assertThat(audit.events).hasSize(1);
  }

  @Test
  void aRevocationTheAuditTrailRefusesChangesNothing() throws Exception {
    deposit(store, "l-ab", 2);
    IssuedKey key = reserve(store, "l-ab", "sae-b", 1).get(0);
    audit.down = true;
    assertThatThrownBy(() -> lifecycle.revoke(key.keyId(), "x", "alice"))
        .isInstanceOf(AuditUnavailableException.class);
    assertThat(state(key.keyId())).isEqualTo("RESERVED");
    assertThat(store.deliver("sae-a", "sae-b", List.of(key.keyId())).get(0).material())
        .isEqualTo(key.material());
  }

  // ---- Quarantine ----

  @Test
  void quarantineErasesEveryReservedKeyOfTheLinkAndEmptiesItsPool() throws Exception {
    deposit(store, "l-ab", 10);
    deposit(store, "l-ac", 10);
    List<IssuedKey> ab = reserveShared(store); // 2 keys of 256 bits
    IssuedKey consumed = reserve(store, "l-ab", "sae-b", 1).get(0);
    store.deliver("sae-a", "sae-b", List.of(consumed.keyId()));
    store.deliver("sae-a", "sae-b", List.of(ab.get(0).keyId())); // sae-b2 still waits for it
    List<IssuedKey> ac = reserve(store, "l-ac", "sae-c", 2);

    LinkQuarantine result = lifecycle.quarantine("l-ab", "QBER alarm on l-ab", "bob");

    assertThat(result.quarantinedKeys())
        .containsExactlyInAnyOrderElementsOf(ab.stream().map(IssuedKey::keyId).toList());
    assertThat(result.discardedBlocks()).isEqualTo(7);
    assertThat(result.discardedBits()).isEqualTo(7 * 256);
    ab.forEach(k -> assertErased(k.keyId(), KeyState.QUARANTINED));
    assertThat(state(consumed.keyId())).isEqualTo("CONSUMED");
    assertThat(store.level("l-ab").storedBits()).isZero();
    assertThat(store.level("l-ac").storedBits()).isEqualTo(8 * 256);
    ac.forEach(k -> assertThat(hasMaterial(k.keyId())).isTrue());

    assertThatThrownBy(() -> store.deliver("sae-a", "sae-b2", List.of(ab.get(0).keyId())))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("(quarantined)");
    assertThatThrownBy(() -> reserve(store, "l-ab", "sae-b", 1))
        .isInstanceOf(EtsiException.class)
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(503));

    AuditEvent event = audit.events.get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.KEY_QUARANTINED);
    assertThat(event.subject()).isEqualTo("link l-ab");
    assertThat(event.details())
        .contains(
            "\"keysQuarantined\":2",
            "\"poolBlocksDiscarded\":7",
            "\"poolBitsDiscarded\":1792",
            "QBER alarm on l-ab");
    assertThat(events.closed).hasSize(1);
    assertThat(events.closed.get(0).type()).isEqualTo("QUARANTINED");
    assertThat(events.closed.get(0).keyIds()).hasSize(2);
  }

  @Test
  void quarantineOfALinkWithNothingStoredIsEmptyAndOfAnUnknownLinkIsNotFound() throws Exception {
    assertThat(lifecycle.quarantine("l-bc", "precaution", "bob").quarantinedKeys()).isEmpty();
    assertThatThrownBy(() -> lifecycle.quarantine("l-nowhere", "x", "bob"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("l-nowhere");
    assertThat(audit.events).hasSize(1);
  }

  @Test
  void aQuarantineTheAuditTrailRefusesChangesNothing() throws Exception {
    deposit(store, "l-ab", 4);
    IssuedKey key = reserve(store, "l-ab", "sae-b", 1).get(0);
    audit.down = true;
    assertThatThrownBy(() -> lifecycle.quarantine("l-ab", "x", "bob"))
        .isInstanceOf(AuditUnavailableException.class);
    assertThat(hasMaterial(key.keyId())).isTrue();
    assertThat(store.level("l-ab").storedBits()).isEqualTo(3 * 256);
  }

  @Test
  void aQuarantineDuringLiveEncKeysLeavesNoKeyOfTheLinkDeliverable() throws Exception {
    deposit(store, "l-ab", 3_000);
    JdbcKeyStore otherInstance = storeWith(kekFile);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        JdbcKeyStore instance = c % 2 == 0 ? store : otherInstance;
        done.add(
            clients.submit(
                () -> {
                  while (!stop.get()) {
                    try {
                      reserve(instance, "l-ab", "sae-b", 4);
                    } catch (EtsiException e) {
                      assertThat(e.status()).isEqualTo(503); // the pool is gone
                    }
                  }
                  return null;
                }));
      }
      Thread.sleep(300);
      lifecycle.quarantine("l-ab", "compromised", "bob");
      Thread.sleep(100);
      stop.set(true);
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(count("SELECT count(*) FROM vault_key WHERE link_id = 'l-ab'")).isPositive();
    assertThat(
            count("SELECT count(*) FROM vault_key WHERE link_id = 'l-ab' AND state = 'RESERVED'"))
        .isZero();
    assertThat(count("SELECT count(*) FROM vault_key WHERE wrapped IS NOT NULL")).isZero();
    assertThat(store.level("l-ab").storedBits()).isZero();
  }

  // ---- KEK rewrap ----

  @Test
  void afterARewrapARingWithOnlyTheNewKekUnwrapsEverything() throws Exception {
    deposit(store, "l-ab", 1_500);
    Map<UUID, byte[]> issued = new HashMap<>();
    List<IssuedKey> shared = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      reserve(store, "l-ab", "sae-b", 3).forEach(k -> issued.put(k.keyId(), k.material()));
    }
    for (int i = 0; i < 5; i++) {
      shared.addAll(reserveShared(store));
    }
    shared.forEach(k -> issued.put(k.keyId(), k.material()));
    // Half-delivered keys keep their material until sae-b2 fetches them.
    for (IssuedKey k : shared) {
      store.deliver("sae-a", "sae-b", List.of(k.keyId()));
    }
    long poolUnderKek1 = 1_500 - 30 - 10;
    // A gateway master key the core keeps for readers, wrapped under kek-1 too.
    KekRing kek1Ring = KekRing.load(Optional.of(kekFile)).orElseThrow();
    UUID masterKeyId = UUID.randomUUID();
    byte[] masterSecret = new byte[32];
    new SecureRandom().nextBytes(masterSecret);
    new JdbcMasterKeyCustody(postgres.asApp(url), kek1Ring)
        .keep(
            new TelemetryMasterKey(
                masterKeyId,
                "sae-b",
                Tenant.UTILITY,
                PolicyDomain.GRID,
                KeyClass.QKD,
                new byte[32],
                Instant.now()),
            masterSecret.clone());

    // Rotate: the new KEK goes first, the old one stays below until the rewrap is done.
    byte[] kek2 = new byte[32];
    new SecureRandom().nextBytes(kek2);
    String kek2Line = "kek-2 " + Base64.getEncoder().encodeToString(kek2) + "\n";
    Files.writeString(kekFile, kek2Line + Files.readString(kekFile));
    JdbcKeyStore rotated = storeWith(kekFile);
    deposit(rotated, "l-ac", 5);
    KeyLifecycleService afterRotation = service(rotated);

    KekInventory before = afterRotation.kekInventory();
    assertThat(before.currentKekId()).isEqualTo("kek-2");
    assertThat(before.configuredKekIds()).containsExactly("kek-2", "kek-1");
    assertThat(before.notUnderCurrent())
        .containsExactly(Map.entry("kek-1", new WrappedCounts(poolUnderKek1, 40, 1)));

    KekRewrap rewrap = afterRotation.rewrap("carol");

    assertThat(rewrap.currentKekId()).isEqualTo("kek-2");
    assertThat(rewrap.rewrapped())
        .containsExactly(Map.entry("kek-1", new WrappedCounts(poolUnderKek1, 40, 1)));
    assertThat(rewrap.remaining()).isEmpty();
    assertThat(afterRotation.kekInventory().wrapped())
        .containsExactly(Map.entry("kek-2", new WrappedCounts(poolUnderKek1 + 5, 40, 1)));
    AuditEvent event = audit.events.get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.KEK_REWRAPPED);
    assertThat(event.actor()).isEqualTo("carol");
    assertThat(event.details())
        .isEqualTo(
            "{\"found\":{\"kek-1\":{\"keys\":40,\"masterKeys\":1,\"poolBlocks\":"
                + poolUnderKek1
                + "}},\"toKek\":\"kek-2\"}");

    // The operator removes the old line: only kek-2 is left, and it unwraps everything.
    Path onlyNew = dir.resolve("kek-only-new");
    Files.writeString(onlyNew, kek2Line);
    JdbcKeyStore newOnly = storeWith(onlyNew);
    for (Map.Entry<UUID, byte[]> key : issued.entrySet()) {
      String slave =
          shared.stream().anyMatch(s -> s.keyId().equals(key.getKey())) ? "sae-b2" : "sae-b";
      assertThat(newOnly.deliver("sae-a", slave, List.of(key.getKey())).get(0).material())
          .isEqualTo(key.getValue());
    }
    assertThat(reserve(newOnly, "l-ab", "sae-b", (int) poolUnderKek1)).hasSize((int) poolUnderKek1);
    assertThat(reserve(newOnly, "l-ac", "sae-c", 5)).hasSize(5);
    KekRing newOnlyRing = KekRing.load(Optional.of(onlyNew)).orElseThrow();
    var master = new JdbcMasterKeyCustody(postgres.asApp(url), newOnlyRing).open(masterKeyId);
    assertThat(master).isPresent();
    assertThat(master.get().secret().bytes()).isEqualTo(masterSecret);
  }

  @Test
  void aRewrapDuringLiveTrafficMovesEverythingAndLosesNoKey() throws Exception {
    deposit(store, "l-ab", 4_000);
    byte[] kek2 = new byte[32];
    new SecureRandom().nextBytes(kek2);
    String kek2Line = "kek-2 " + Base64.getEncoder().encodeToString(kek2) + "\n";
    Files.writeString(kekFile, kek2Line + Files.readString(kekFile));
    JdbcKeyStore rotated = storeWith(kekFile);
    KeyLifecycleService afterRotation = service(rotated);

    Map<UUID, byte[]> issued = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    KekRewrap rewrap;
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        done.add(
            clients.submit(
                () -> {
                  for (int i = 0; i < 200 && !stop.get(); i++) {
                    reserve(rotated, "l-ab", "sae-b", 2)
                        .forEach(k -> issued.put(k.keyId(), k.material()));
                  }
                  return null;
                }));
      }
      rewrap = afterRotation.rewrap("carol");
      stop.set(true);
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(rewrap.remaining()).isEmpty();
    assertThat(rewrap.rewrapped().get("kek-1").poolBlocks()).isPositive();
    assertThat(count("SELECT count(*) FROM vault_pool_block WHERE kek_id <> 'kek-2'")).isZero();
    assertThat(
            count("SELECT count(*) FROM vault_key WHERE wrapped IS NOT NULL AND kek_id <> 'kek-2'"))
        .isZero();
    assertThat(count("SELECT count(*) FROM vault_pool_block") + issued.size()).isEqualTo(4_000);

    Path onlyNew = dir.resolve("kek-only-new");
    Files.writeString(onlyNew, kek2Line);
    JdbcKeyStore newOnly = storeWith(onlyNew);
    List<UUID> ids = new ArrayList<>(issued.keySet());
    for (int from = 0; from < ids.size(); from += 128) {
      for (IssuedKey key :
          newOnly.deliver("sae-a", "sae-b", ids.subList(from, Math.min(ids.size(), from + 128)))) {
        assertThat(key.material()).isEqualTo(issued.get(key.keyId()));
      }
    }
  }

  @Test
  void aRewrapReportsWhatItCannotMove() throws Exception {
    deposit(store, "l-ab", 5);
    Files.writeString(
        kekFile,
        "kek-2 "
            + Base64.getEncoder().encodeToString(new byte[32])
            + "\n"
            + Files.readString(kekFile));
    JdbcKeyStore rotated = storeWith(kekFile);
    // One block altered in the database, one under a KEK nobody has any more.
    owner(
        "UPDATE vault_pool_block SET wrapped = set_byte(wrapped, 20, get_byte(wrapped, 20) # 1)"
            + " WHERE block_id = (SELECT min(block_id::text)::uuid FROM vault_pool_block)",
        "UPDATE vault_pool_block SET kek_id = 'kek-0'"
            + " WHERE block_id = (SELECT max(block_id::text)::uuid FROM vault_pool_block)");

    KekRewrap rewrap = service(rotated).rewrap("carol");

    assertThat(rewrap.rewrapped()).containsExactly(Map.entry("kek-1", new WrappedCounts(3, 0)));
    assertThat(rewrap.remaining())
        .containsOnly(
            Map.entry("kek-0", new WrappedCounts(1, 0)),
            Map.entry("kek-1", new WrappedCounts(1, 0)));
  }

  // ---- Helpers ----

  private KeyLifecycleService service(JdbcKeyStore keyStore) {
    KeyLifecycleService service = new KeyLifecycleService();
    service.store = keyStore;
    service.auditTrail = audit;
    service.events = events;
    return service;
  }

  private JdbcKeyStore storeWith(Path kek) {
    KekRing ring = KekRing.load(Optional.of(kek)).orElseThrow();
    return new JdbcKeyStore(postgres.asApp(url), ring, 1L << 24, Duration.ofHours(1));
  }

  private static void deposit(JdbcKeyStore into, String link, int blocks) {
    SecureRandom random = new SecureRandom();
    List<byte[]> material = new ArrayList<>();
    for (int i = 0; i < blocks; i++) {
      byte[] block = new byte[32];
      random.nextBytes(block);
      material.add(block);
    }
    into.deposit(link, 0.02, material);
  }

  private static List<IssuedKey> reserve(JdbcKeyStore from, String link, String slave, int n) {
    List<IssuedKey> keys = new ArrayList<>();
    for (int left = n; left > 0; left -= 128) {
      keys.addAll(
          from.reserve(
              link,
              "sae-a",
              List.of(slave),
              new KeyOrder(Math.min(left, 128), 256, KeyClass.QKD),
              KeyDerivation.AS_DISTILLED));
    }
    return keys;
  }

  /** Two keys on l-ab reserved for sae-b and sae-b2. */
  private static List<IssuedKey> reserveShared(JdbcKeyStore from) {
    return from.reserve(
        "l-ab",
        "sae-a",
        List.of("sae-b", "sae-b2"),
        new KeyOrder(2, 256, KeyClass.QKD),
        KeyDerivation.AS_DISTILLED);
  }

  private void backdate(List<UUID> keyIds) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        PreparedStatement update =
            owner.prepareStatement(
                "UPDATE vault_key SET expires_at = now() - interval '1 minute' WHERE key_id = ANY (?)")) {
      update.setArray(1, owner.createArrayOf("uuid", keyIds.toArray()));
      update.executeUpdate();
    }
  }

  private void owner(String... statements) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  private long count(String query) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private String state(UUID keyId) throws Exception {
    return row(keyId).get("state");
  }

  private boolean hasMaterial(UUID keyId) {
    try {
      return row(keyId).get("wrapped") != null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertErased(UUID keyId, KeyState state) {
    try {
      Map<String, String> row = row(keyId);
      assertThat(row.get("state")).isEqualTo(state.name());
      assertThat(row.get("wrapped")).as("material of " + keyId).isNull();
      assertThat(row.get("kek_id")).isNull();
      assertThat(row.get("closed_at")).isNotNull();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> row(UUID keyId) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        PreparedStatement query =
            owner.prepareStatement(
                "SELECT state, encode(wrapped, 'hex'), kek_id, closed_at::text FROM vault_key WHERE key_id = ?")) {
      query.setObject(1, keyId);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).as("key " + keyId).isTrue();
        Map<String, String> row = new HashMap<>();
        row.put("state", rows.getString(1));
        row.put("wrapped", rows.getString(2));
        row.put("kek_id", rows.getString(3));
        row.put("closed_at", rows.getString(4));
        return row;
      }
    }
  }

  /** The trail, recording in memory; {@link #down} makes it refuse as an unreachable trail does. */
  static final class RecordingAudit extends AuditTrail {
    final List<AuditEvent> events = new CopyOnWriteArrayList<>();
    volatile boolean down;

    @Override
    public AuditRecord record(AuditEvent event) {
      if (down) {
        throw new AuditUnavailableException("test: the trail is down");
      }
      events.add(event);
      return null;
    }
  }

  record Closed(String type, String linkId, List<UUID> keyIds) {}

  static final class RecordingEvents implements KeyEventSink {
    final List<Closed> closed = new CopyOnWriteArrayList<>();

    @Override
    public void keysMoved(
        String type, String linkId, String sae, List<IssuedKey> keys, Map<String, Object> facts) {}

    @Override
    public void keysClosed(
        String type, String linkId, List<UUID> keyIds, Map<String, Object> facts) {
      Set<String> forbidden = new HashSet<>(facts.keySet());
      forbidden.retainAll(Set.of("key", "material", "wrapped"));
      assertThat(forbidden).isEmpty();
      closed.add(new Closed(type, linkId, List.copyOf(keyIds)));
    }
  }
}
