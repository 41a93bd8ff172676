package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.devstack.pki.ClientCredentials;
import io.qgate.devstack.pki.ClientTls;
import io.qgate.devstack.pki.DevPki;
import io.qgate.telemetry.keys.MasterKey;
import io.qgate.telemetry.vault.VaultAccessException;
import io.qgate.telemetry.vault.VaultMasterKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Telemetry master keys over mutual TLS: a gateway SAE draws one (a QKD key of its link to the
 * core, exchanged under ETSI 014), and a reader SAE of the same tenant holding a reader role gets
 * the same bytes — through {@link VaultMasterKeys}, the client integrators use. Everyone else is
 * refused, and every release is audited.
 */
class TelemetryKeysIT extends DeployedPlatform {

  private static final String MASTER_KEYS = "api/v1/telemetry/master-keys";

  private static DevPki pki;

  @BeforeAll
  static void fillTheGridLink() {
    pki = DevPki.ensure(VaultSettings.work().resolve("pki"));
    PoolFixture.deposit("core-grid", 64);
  }

  @Test
  void aGatewayDrawsAMasterKeyAndAnEntitledReaderOfItsTenantGetsTheSameBytes() throws Exception {
    JsonObject grant = drawAsGateway("sae-grid-1");
    assertThat(grant.getString("gatewaySae")).isEqualTo("sae-grid-1");
    assertThat(grant.getString("tenant")).isEqualTo("UTILITY");
    assertThat(grant.getString("domain")).isEqualTo("GRID");
    assertThat(grant.getInt("maxKeyAgeSeconds")).isEqualTo(60);
    assertThat(grant.getJsonNumber("maxMessagesPerKey").longValue()).isEqualTo(100_000);
    assertThat(grant.getJsonArray("algorithms").toString()).contains("AES_256_GCM");
    byte[] secret = Base64.getDecoder().decode(grant.getString("key"));
    assertThat(secret).hasSize(32);
    UUID keyId = UUID.fromString(grant.getString("keyId"));

    register("ext-grid-reader", "gw-grid-1", "[\"telemetry-reader\"]");
    try (VaultMasterKeys reader = new VaultMasterKeys(mtls(), tls("ext-grid-reader"))) {
      MasterKey key = reader.find(keyId).orElseThrow();
      assertThat(key.secret().bytes()).isEqualTo(secret);
      assertThat(key.salt()).isEqualTo(Base64.getDecoder().decode(grant.getString("salt")));
      assertThat(reader.find(UUID.randomUUID())).isEmpty();
    }

    var events = api.get("api/v1/audit/events?type=TELEMETRY_KEY_RELEASED&size=5");
    assertThat(events.status()).as(events.toString()).isEqualTo(200);
    assertThat(events.body())
        .contains("sae:ext-grid-reader")
        .contains(keyId.toString())
        .doesNotContain(grant.getString("key"));
  }

  @Test
  void readersWithoutTheRoleOrOfAnotherTenantAndCallersWithoutACertificateAreRefused()
      throws Exception {
    UUID keyId = UUID.fromString(drawAsGateway("sae-grid-1").getString("keyId"));

    register("grid-no-role", "gw-grid-1", "[]");
    try (VaultMasterKeys noRole = new VaultMasterKeys(mtls(), tls("grid-no-role"))) {
      assertThatThrownBy(() -> noRole.find(keyId))
          .isInstanceOf(VaultAccessException.class)
          .hasMessageContaining("403")
          .hasMessageContaining("telemetry-reader");
    }
    register("hospital-reader", "gw-health-1", "[\"telemetry-reader\"]");
    try (VaultMasterKeys otherTenant = new VaultMasterKeys(mtls(), tls("hospital-reader"))) {
      assertThatThrownBy(() -> otherTenant.find(keyId))
          .isInstanceOf(VaultAccessException.class)
          .hasMessageContaining("403")
          .hasMessageContaining("UTILITY");
    }
    // The mutual-TLS port refuses the handshake itself; the plain port names no SAE: 401.
    try (VaultMasterKeys anonymous =
        new VaultMasterKeys(mtls(), ClientTls.trustOnly(pki.caPem()))) {
      assertThatThrownBy(() -> anonymous.find(keyId))
          .isInstanceOf(VaultAccessException.class)
          .hasMessageContaining("cannot reach the vault");
    }
    var plain = api.get(MASTER_KEYS + "/" + keyId);
    assertThat(plain.status()).as(plain.toString()).isEqualTo(401);
    assertThat(plain.body()).contains("client certificate");
    assertThat(api.post(MASTER_KEYS, "").status()).isEqualTo(401);
    HttpResponse<String> malformed =
        client(tls("sae-grid-1"))
            .send(
                HttpRequest.newBuilder(mtls().resolve(MASTER_KEYS + "/not-a-uuid")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("keyId");
  }

  private JsonObject drawAsGateway(String gatewaySae) throws Exception {
    HttpResponse<String> response =
        client(pki.demoClient(gatewaySae))
            .send(
                HttpRequest.newBuilder(mtls().resolve(MASTER_KEYS))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private void register(String saeId, String nodeId, String roles) {
    var reply =
        api.post(
            "api/v1/key-vault/saes",
            "{\"saeId\":\"%s\",\"nodeId\":\"%s\",\"roles\":%s}".formatted(saeId, nodeId, roles));
    assertThat(reply.status()).as(reply.toString()).isIn(201, 409);
  }

  private SSLContext tls(String saeId) {
    return sslContext(pki.issueClient(saeId, VaultSettings.work().resolve("telemetry-clients")));
  }

  private static HttpClient client(ClientCredentials sae) {
    return client(sslContext(sae));
  }

  private static HttpClient client(SSLContext tls) {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).build();
  }

  private static SSLContext sslContext(ClientCredentials sae) {
    return ClientTls.sslContext(sae.keyStore(), sae.keyStorePassword(), sae.caCertificate());
  }

  /** The Arquillian instance's mutual-TLS listener. */
  private URI mtls() {
    return URI.create(
        "https://localhost:" + DevStackExtension.httpsPort() + deploymentUrl.getPath());
  }
}
