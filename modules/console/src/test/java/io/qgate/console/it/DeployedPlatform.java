package io.qgate.console.it;

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
}
