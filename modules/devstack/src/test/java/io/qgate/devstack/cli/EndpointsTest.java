package io.qgate.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointsTest {

  @TempDir Path home;

  private final Endpoints embedded =
      new Endpoints(
          8080,
          8443,
          "jdbc:postgresql://localhost:15432/qgate",
          "qgate_app",
          "localhost:9092",
          "http://localhost:8180/realms/qgate",
          true);

  @Test
  void survivesTheRoundTripThroughTheRunDirectory() {
    Path file = home.resolve("endpoints.properties");
    embedded.write(file);

    assertThat(Endpoints.read(file)).contains(embedded);
  }

  @Test
  void summaryNamesTheIssuerAndTheDevAdminConsole() {
    String summary = summary(embedded);

    assertThat(summary)
        .contains("Keycloak    http://localhost:8180/realms/qgate (realm qgate")
        .contains("KC admin    http://localhost:8180/admin/ (dev admin admin/admin, dev only)");
  }

  @Test
  void summaryOfAnExternalIssuerOffersNoAdminAccount() {
    Endpoints external =
        new Endpoints(
            8080, 8443, "jdbc:x", "u", "k:9092", "https://sso.example.org/realms/qgate", false);

    assertThat(summary(external))
        .contains("OIDC        https://sso.example.org/realms/qgate (external)")
        .doesNotContain("admin/admin");
  }

  private String summary(Endpoints endpoints) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    endpoints.printSummary(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new StateLayout(home),
        Duration.ofSeconds(42));
    return out.toString(StandardCharsets.UTF_8);
  }
}
