package io.qgate.vault.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyEventSink;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeyState;
import io.qgate.vault.infrastructure.JdbcKeyStore;
import io.qgate.vault.infrastructure.KekRing;
import io.qgate.vault.infrastructure.TwoNodeVault;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared fixture of the key lifecycle database tests ({@link KeyExpiryDatabaseTest}, {@link
 * KeyMetadataAndRevocationDatabaseTest}, {@link LinkQuarantineDatabaseTest}, {@link
 * KekRewrapDatabaseTest}): one embedded PostgreSQL per test class, and per test a fresh database
 * with three nodes, four SAEs and three links, a {@link JdbcKeyStore} under a one-KEK ring (kek-1,
 * generated into a temporary KEK file), and a {@link KeyLifecycleService} over it with an in-memory
 * audit trail and key event sink.
 */
abstract class KeyLifecycleFixture {

  static TestPostgres postgres;

  @TempDir Path dir;

  String url;
  Path kekFile;
  JdbcKeyStore store;
  RecordingAudit audit;
  RecordingEvents events;
  KeyLifecycleService lifecycle;

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

  KeyLifecycleService service(JdbcKeyStore keyStore) {
    KeyLifecycleService service = new KeyLifecycleService();
    service.store = keyStore;
    service.auditTrail = audit;
    service.events = events;
    return service;
  }

  JdbcKeyStore storeWith(Path kek) {
    KekRing ring = KekRing.load(Optional.of(kek)).orElseThrow();
    return new JdbcKeyStore(postgres.asApp(url), ring, 1L << 24, Duration.ofHours(1));
  }

  static void deposit(JdbcKeyStore into, String link, int blocks) {
    TwoNodeVault.deposit(into, link, blocks);
  }

  static List<IssuedKey> reserve(JdbcKeyStore from, String link, String slave, int n) {
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
  static List<IssuedKey> reserveShared(JdbcKeyStore from) {
    return from.reserve(
        "l-ab",
        "sae-a",
        List.of("sae-b", "sae-b2"),
        new KeyOrder(2, 256, KeyClass.QKD),
        KeyDerivation.AS_DISTILLED);
  }

  void backdate(List<UUID> keyIds) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        PreparedStatement update =
            owner.prepareStatement(
                "UPDATE vault_key SET expires_at = now() - interval '1 minute' WHERE key_id = ANY (?)")) {
      update.setArray(1, owner.createArrayOf("uuid", keyIds.toArray()));
      update.executeUpdate();
    }
  }

  void owner(String... statements) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  long count(String query) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  String state(UUID keyId) throws Exception {
    return row(keyId).get("state");
  }

  boolean hasMaterial(UUID keyId) {
    try {
      return row(keyId).get("wrapped") != null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void assertErased(UUID keyId, KeyState state) {
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

  Map<String, String> row(UUID keyId) throws Exception {
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
