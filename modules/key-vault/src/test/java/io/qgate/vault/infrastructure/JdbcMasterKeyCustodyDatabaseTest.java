package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.vault.domain.telemetry.MasterKeyCustody;
import io.qgate.vault.domain.telemetry.TelemetryMasterKey;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Telemetry master keys kept wrapped (V9), read back whole, and never in clear in the database. */
class JdbcMasterKeyCustodyDatabaseTest {

  private static TestPostgres postgres;
  private static DataSource app;
  private static MasterKeyCustody custody;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start("custody");
    String url = postgres.newDatabase();
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      sql.execute(
          "INSERT INTO network_node (id, version, name, role, tenant, site, created_at, updated_at)"
              + " VALUES ('n-grid', 0, 'G', 'EDGE_GATEWAY', 'UTILITY', 'g', now(), now())");
      sql.execute(
          "INSERT INTO vault_sae (sae_id, node_id, tenant, domain, created_at)"
              + " VALUES ('sae-gw', 'n-grid', 'UTILITY', 'GRID', now())");
    }
    app = postgres.asApp(url);
    KekRing kek =
        KekRing.load(Optional.of(Files.createTempDirectory("qgate-kek").resolve("kek")))
            .orElseThrow();
    custody = new JdbcMasterKeyCustody(app, kek);
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @Test
  void aKeptKeyIsFoundWithoutItsSecretAndOpenedWithIt() {
    byte[] secret = bytes(32, 7);
    TelemetryMasterKey key = key(UUID.randomUUID());
    custody.keep(key, secret);

    TelemetryMasterKey found = custody.find(key.keyId()).orElseThrow();
    assertThat(found.gatewaySae()).isEqualTo("sae-gw");
    assertThat(found.scope().tenant()).isEqualTo(Tenant.UTILITY);
    assertThat(found.salt()).isEqualTo(key.salt());
    assertThat(found.issuedAt()).isEqualTo(key.issuedAt());
    try (var opened = custody.open(key.keyId()).orElseThrow().secret()) {
      assertThat(opened.bytes()).isEqualTo(secret);
    }
    assertThat(custody.find(UUID.randomUUID())).isEmpty();
    assertThat(custody.open(UUID.randomUUID())).isEmpty();
  }

  @Test
  void theDatabaseHoldsTheSecretOnlyWrapped() throws Exception {
    byte[] secret = bytes(32, 42);
    UUID id = UUID.randomUUID();
    custody.keep(key(id), secret);

    try (Connection connection = app.getConnection();
        Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery(
                "SELECT wrapped, kek_id FROM telemetry_master_key WHERE key_id = '" + id + "'")) {
      assertThat(row.next()).isTrue();
      byte[] wrapped = row.getBytes(1);
      assertThat(wrapped).hasSizeGreaterThan(secret.length);
      assertThat(indexOf(wrapped, secret)).isEqualTo(-1);
      assertThat(row.getString(2)).isNotBlank();
    }
  }

  @Test
  void latestListsTheNewestKeysOfTheTenantsAskedWithoutTheirSecrets() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    UUID older = UUID.randomUUID();
    UUID newer = UUID.randomUUID();
    custody.keep(key(older, now.minusSeconds(600)), bytes(32, 5));
    custody.keep(key(newer, now.plusSeconds(600)), bytes(32, 6));

    List<TelemetryMasterKey> utility = custody.latest(Set.of(Tenant.UTILITY), 100);
    assertThat(utility.get(0).keyId()).isEqualTo(newer);
    assertThat(utility).extracting(TelemetryMasterKey::keyId).contains(older);
    assertThat(custody.latest(Set.of(Tenant.UTILITY), 1)).hasSize(1);
    assertThat(custody.latest(Set.of(Tenant.HOSPITAL), 100)).isEmpty();
  }

  private static TelemetryMasterKey key(UUID id) {
    return key(id, Instant.now().truncatedTo(ChronoUnit.MICROS));
  }

  private static TelemetryMasterKey key(UUID id, Instant issuedAt) {
    return new TelemetryMasterKey(
        id, "sae-gw", Tenant.UTILITY, PolicyDomain.GRID, KeyClass.QKD, bytes(32, 1), issuedAt);
  }

  private static byte[] bytes(int length, int seed) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (seed + i * 31);
    }
    return bytes;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int at = 0; at + needle.length <= haystack.length; at++) {
      int matched = 0;
      while (matched < needle.length && haystack[at + matched] == needle[matched]) {
        matched++;
      }
      if (matched == needle.length) {
        return at;
      }
    }
    return -1;
  }
}
