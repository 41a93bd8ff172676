package io.qgate.devstack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands need from the outside world, passed in so tests can run the CLI in-process
 * against a temporary directory.
 *
 * @param home the repository root; state lives in {@code home/.qgate}
 * @param war the platform WAR Payara Micro deploys
 * @param payaraMicroJar the Payara Micro launcher jar
 * @param keycloakZip the Keycloak distribution ({@code keycloak-quarkus-dist} zip)
 * @param env environment variables (QGATE_* settings)
 */
record CliContext(
    Path home,
    Path war,
    Path payaraMicroJar,
    Path keycloakZip,
    Map<String, String> env,
    PrintStream out,
    PrintStream err) {

  /** The context of a real run: system properties set by ./qgate, the process environment. */
  static CliContext fromSystem() {
    Path home = Path.of(System.getProperty("qgate.home", System.getProperty("user.dir")));
    return new CliContext(
        home.toAbsolutePath().normalize(),
        pathProperty("qgate.war", home.resolve("modules/console/target/qgate.war")),
        pathProperty(
            "qgate.payaraMicroJar",
            home.resolve("modules/devstack/target/runtime/payara-micro.jar")),
        pathProperty(
            "qgate.keycloakZip", home.resolve("modules/devstack/target/runtime/keycloak.zip")),
        System.getenv(),
        System.out,
        System.err);
  }

  StateLayout layout() {
    return new StateLayout(home);
  }

  private static Path pathProperty(String name, Path fallback) {
    String value = System.getProperty(name);
    return (value == null || value.isBlank() ? fallback : Path.of(value)).toAbsolutePath();
  }
}
