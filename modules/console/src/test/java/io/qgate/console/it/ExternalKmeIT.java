package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qgate.devstack.Ports;
import io.qgate.devstack.pki.ClientCredentials;
import io.qgate.devstack.pki.DevPki;
import io.qgate.devstack.pki.TlsServerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Real hardware played by a platform: one instance serves ETSI GS QKD 014 over mutual TLS from its
 * simulated pools (the "KMEs"); another, on a database of its own with simulation off, is
 * configured by QGATE_VAULT_EXTERNAL_KMES to take link core-grid's key from it as SAEs sae-grid-1
 * (enc_keys) and sae-core-1 (dec_keys). The second instance's pool fills with keys the first
 * delivered, and only with them.
 */
class ExternalKmeIT extends DeployedPlatform {

  private static final String DATABASE = "qgate_external_kme";

  @Test
  void aPlatformFillsALinksPoolFromAnotherPlatformsEtsiApi() throws Exception {
    Path pkiDir = VaultSettings.work().resolve("pki");
    DevPki pki = DevPki.ensure(pkiDir);
    ItDatabase.execute("DROP DATABASE IF EXISTS " + DATABASE, "CREATE DATABASE " + DATABASE);
    int port = Ports.anyFree();
    Path file = VaultSettings.work().resolve("external-kmes.json");
    String kme = "https://localhost:" + port;
    Files.writeString(
        file,
        "{\"links\": [{\"linkId\": \"core-grid\", \"batch\": 16, \"master\": "
            + endpoint(kme, pki.demoClient("sae-grid-1"))
            + ", \"slave\": "
            + endpoint(kme, pki.demoClient("sae-core-1"))
            + "}]}");
    int dbPort = Integer.getInteger("qgate.it.db.port", 25432);
    var hardware =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return SecondInstance.start(
                    "external-kme-hardware", TlsServerOptions.payaraArguments(pkiDir, port));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    try (SecondInstance vault =
            SecondInstance.start(
                "external-kme-vault",
                List.of(
                    "-Dqgate.db.url=jdbc:postgresql://localhost:" + dbPort + "/" + DATABASE,
                    "-Dqgate.vault.simulate-links=false",
                    "-Dqgate.vault.external-kmes=" + file),
                Map.of("QGATE_IT_KME_PASSWORD", DevPki.STORE_PASSWORD),
                List.of());
        SecondInstance kmes = hardware.join()) {
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofSeconds(2))
          .until(() -> blocks("core-grid") >= 32);

      assertThat(blocks("core-health")).as("other links are not simulated").isZero();
      try (Connection db = connect(DATABASE);
          Statement sql = db.createStatement();
          ResultSet state =
              sql.executeQuery(
                  "SELECT status, detail FROM vault_link_state WHERE link_id = 'core-grid'")) {
        assertThat(state.next()).isTrue();
        assertThat(state.getString(1)).isIn("RUNNING", "POOL_FULL");
        assertThat(state.getString(2)).isNull();
      }
      long pulled = blocks("core-grid");
      try (Connection db = ItDatabase.superuser();
          Statement sql = db.createStatement();
          ResultSet delivered =
              sql.executeQuery(
                  "SELECT count(*) FROM vault_key k JOIN vault_key_slave s USING (key_id)"
                      + " WHERE k.master_sae = 'sae-grid-1' AND s.slave_sae = 'sae-core-1'"
                      + " AND k.state = 'CONSUMED' AND s.delivered_at IS NOT NULL")) {
        delivered.next();
        // Every block deposited is a key the hardware gave both SAEs (dec_keys erased it there).
        assertThat(delivered.getLong(1)).isGreaterThanOrEqualTo(pulled);
      }
    }
  }

  private static String endpoint(String url, ClientCredentials sae) {
    return "{\"url\": \""
        + url
        + "\", \"saeId\": \""
        + sae.saeId()
        + "\", \"keyStore\": \""
        + sae.keyStore()
        + "\", \"keyStorePasswordEnv\": \"QGATE_IT_KME_PASSWORD\", \"trustPem\": \""
        + sae.caCertificate()
        + "\"}";
  }

  private static long blocks(String linkId) throws SQLException {
    try (Connection db = connect(DATABASE);
        Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT count(*) FROM vault_pool_block WHERE link_id = '" + linkId + "'")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Connection connect(String database) throws SQLException {
    int port = Integer.getInteger("qgate.it.db.port", 25432);
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "postgres");
  }
}
