package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: the WAR the build produced, deployed on a real Payara Micro (each
 * test class boots one, ~15 s, so group tests by class) against the PostgreSQL and Kafka that
 * {@link DevStackExtension} starts first; tests talk to it through {@link #api}.
 */
@ExtendWith(DevStackExtension.class)
@ExtendWith(ArquillianExtension.class)
abstract class DeployedPlatform {

  /** The tests deploy the WAR the build produced, not a hand-assembled subset. */
  @Deployment(testable = false)
  static WebArchive deployment() {
    File war = new File(System.getProperty("qgate.it.war", "target/qgate.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  static final String DECISIONS = "api/v1/policy-decisions";
  static final String DEVICES = "api/v1/devices";
  static final String AUDIT = "api/v1/audit";

  /** Registered and certified as their domain's policy requires (see ensureCertifiedDevices). */
  static final String GRID_DEVICE = "it-grid-pmu";

  static final String HEALTH_DEVICE = "it-health-monitor";

  @ArquillianResource URL deploymentUrl;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(deploymentUrl);
  }

  /**
   * A 10 km fibre link of the test's own between two new SHARED nodes {@code name-a} and {@code
   * name-b}, so that attacking or quarantining it leaves the demo links alone; returns its id.
   */
  String registerSharedLink(String name) {
    return registerLink(name, false);
  }

  /**
   * As {@link #registerSharedLink}, with an SAE at each end ({@code sae-name-a}, {@code
   * sae-name-b}) that can ask for the link's keys over ETSI GS QKD 014.
   */
  String registerSaePair(String name) {
    return registerLink(name, true);
  }

  private String registerLink(String name, boolean withSaes) {
    for (String end : new String[] {"a", "b"}) {
      var node = api.post("api/v1/network/nodes", TopologyJson.node(name + "-" + end, "SHARED"));
      assertThat(node.status()).as(node.toString()).isEqualTo(201);
      if (withSaes) {
        var sae =
            api.post(
                "api/v1/key-vault/saes",
                "{\"saeId\": \"sae-%s-%s\", \"nodeId\": \"%s-%s\"}"
                    .formatted(name, end, name, end));
        assertThat(sae.status()).as(sae.toString()).isEqualTo(201);
      }
    }
    var link =
        api.post(
            "api/v1/network/links",
            TopologyJson.fibreLink(name + "-ab", name + "-a", name + "-b", 10));
    assertThat(link.status()).as(link.toString()).isEqualTo(201);
    return name + "-ab";
  }

  /** Registers {@link #GRID_DEVICE} and {@link #HEALTH_DEVICE}, certified, once per database. */
  void ensureCertifiedDevices() {
    ensureCertified(GRID_DEVICE, "UTILITY", "GRID", "IEC_62443_4_2");
    ensureCertified(HEALTH_DEVICE, "HOSPITAL", "HEALTH", "FIPS_140_3");
  }

  private void ensureCertified(String device, String tenant, String domain, String scheme) {
    if (api.post(DEVICES, PolicyJson.device(device, tenant, domain)).status() == 201) {
      Instant now = Instant.now();
      certify(device, scheme, 2, now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
    }
  }

  /** A new device of {@code tenant} and {@code domain}, uncertified; returns its id. */
  String registerDevice(String tenant, String domain) {
    String id = "dev-" + UUID.randomUUID().toString().substring(0, 8);
    var reply = api.post(DEVICES, PolicyJson.device(id, tenant, domain));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return id;
  }

  /** Adds a certification to {@code device}; returns its id. */
  String certify(String device, String scheme, int level, Instant from, Instant to) {
    var reply =
        api.post(
            DEVICES + "/" + device + "/certifications",
            PolicyJson.certification(scheme, level, from, to));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getString("id");
  }

  /** The newest audit event matching {@code query} (a query string of the audit search). */
  JsonObject latestAuditEvent(String query) {
    var reply = api.get(AUDIT + "/events?" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonValue> items = reply.json().getJsonArray("items");
    assertThat(items).isNotEmpty();
    return items.get(0).asJsonObject();
  }
}
