package io.qgate.devstack.cli;

import io.qgate.devstack.EmbeddedKeycloak;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a running {@code up} serves what. Stored in .qgate/run/ so that {@code status} reports the
 * ports actually in use, not the ones its own environment would choose.
 */
record Endpoints(
    int httpPort,
    int httpsPort,
    String dbUrl,
    String dbUser,
    String kafkaBootstrap,
    String oidcIssuer,
    boolean embeddedKeycloak) {

  void write(Path file) {
    Properties properties = new Properties();
    properties.setProperty("http.port", Integer.toString(httpPort));
    properties.setProperty("https.port", Integer.toString(httpsPort));
    properties.setProperty("db.url", dbUrl);
    properties.setProperty("db.user", dbUser);
    properties.setProperty("kafka.bootstrap", kafkaBootstrap);
    properties.setProperty("oidc.issuer", oidcIssuer);
    properties.setProperty("keycloak.embedded", Boolean.toString(embeddedKeycloak));
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(writer, "written by ./qgate up");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** Empty until {@code up} has finished starting. */
  static Optional<Endpoints> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
      return Optional.of(
          new Endpoints(
              Integer.parseInt(properties.getProperty("http.port", "").trim()),
              Integer.parseInt(properties.getProperty("https.port", "0").trim()),
              properties.getProperty("db.url", ""),
              properties.getProperty("db.user", ""),
              properties.getProperty("kafka.bootstrap", ""),
              properties.getProperty("oidc.issuer", ""),
              Boolean.parseBoolean(properties.getProperty("keycloak.embedded", "false"))));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  String platformUrl() {
    return "http://localhost:" + httpPort;
  }

  /** Where SAEs call the ETSI GS QKD 014 API (mutual TLS). */
  String etsi014Url() {
    return "https://localhost:" + httpsPort + "/api/v1/keys/...";
  }

  /**
   * The admin console of the Keycloak serving {@link #oidcIssuer()} ({@code <base>/admin/}), for an
   * issuer of the form {@code <base>/realms/<realm>}.
   */
  String keycloakAdminConsoleUrl() {
    int realms = oidcIssuer.indexOf("/realms/");
    return (realms < 0 ? oidcIssuer : oidcIssuer.substring(0, realms)) + "/admin/";
  }

  /** The summary {@code up} prints once the platform is ready. */
  void printSummary(PrintStream out, StateLayout layout, Duration startTime) {
    String base = platformUrl();
    out.println();
    out.println("qgate is up (" + Progress.seconds(startTime) + ")");
    row(out, "Platform", base + "/");
    row(out, "REST API", base + "/api/v1/network/nodes");
    row(out, "Health", base + "/health/ready");
    row(out, "Metrics", base + "/metrics (token: adam, or client qgate-metrics)");
    row(out, "OpenAPI", base + "/openapi (token of any demo user)");
    row(
        out,
        "ETSI 014",
        etsi014Url() + " (mutual TLS, certificates in " + layout.display(layout.pki()) + "/)");
    row(out, "PostgreSQL", dbUrl + " (user " + dbUser + ")");
    row(out, "Kafka", kafkaBootstrap);
    if (embeddedKeycloak) {
      row(
          out,
          "Keycloak",
          oidcIssuer
              + " (realm qgate, demo users grace, hugo, pablo, sofia, audrey, adam; password"
              + " qgate-demo)");
      row(
          out,
          "KC admin",
          keycloakAdminConsoleUrl()
              + " (dev admin "
              + EmbeddedKeycloak.DEV_ADMIN_USER
              + "/"
              + EmbeddedKeycloak.DEV_ADMIN_PASSWORD
              + ", dev only)");
    } else {
      row(out, "OIDC", oidcIssuer + " (external)");
    }
    row(out, "Logs", layout.display(layout.logs()) + "/");
    row(out, "State", layout.display(layout.root()) + "/");
    out.println();
    out.println("Ctrl-C or ./qgate down stops everything.");
  }

  static void row(PrintStream out, String label, String value) {
    out.printf("  %-11s %s%n", label, value);
  }
}
