package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
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
}
