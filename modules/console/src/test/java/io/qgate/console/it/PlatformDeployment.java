package io.qgate.console.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the WAR the build produced, not a hand-assembled subset. */
final class PlatformDeployment {

  private PlatformDeployment() {}

  static WebArchive war() {
    File war = new File(System.getProperty("qgate.it.war", "target/qgate.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
