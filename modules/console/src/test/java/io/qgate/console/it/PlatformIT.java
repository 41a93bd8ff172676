package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The operability surface of the WAR on a real Payara Micro: health, metrics, OpenAPI, errors. */
class PlatformIT extends DeployedPlatform {

  @Test
  void readinessReportsDatabaseMigrationsAndKafkaUp() throws Exception {
    var reply =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> api.get("/health/ready"), r -> r.status() == 200);

    JsonObject health = reply.json();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks"))
        .extracting(check -> check.asJsonObject().getString("name"))
        .contains("database", "kafka");
    var database =
        health.getJsonArray("checks").stream()
            .map(c -> c.asJsonObject())
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertThat(database.getJsonObject("data").getString("schemaVersion"))
        .isEqualTo(latestMigrationVersion());
  }

  @Test
  void livenessIsUp() {
    var reply = api.get("/health/live");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void metricsAreServedInPrometheusFormat() {
    var reply = api.get("/metrics");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/plain");
    assertThat(reply.body()).contains("# TYPE").contains("jvm_uptime");
  }

  @Test
  void openApiDocumentDescribesTheNetworkApi() {
    var reply = api.get("/openapi");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("qgate platform API")
        .contains("/network/nodes")
        .contains("/network/links");
  }

  @Test
  void unknownPathIsAProblemDocumentNotAnHtmlPage() {
    var reply = api.get("api/v1/no-such-thing");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("type")).isEqualTo("urn:qgate:problem:not-found");
  }

  @Test
  void wrongMethodIsAProblemDocument() {
    var reply = api.send("PATCH", "api/v1/network/nodes", "application/json", "{}");

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getInt("status")).isEqualTo(405);
  }

  /** The highest V&lt;n&gt;__ migration in db/migration: what the platform must have applied. */
  private static String latestMigrationVersion() throws java.io.IOException {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../../db/migration"))) {
      return String.valueOf(
          files
              .map(f -> f.getFileName().toString())
              .filter(name -> name.matches("V\\d+__.*\\.sql"))
              .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
              .max()
              .orElseThrow());
    }
  }
}
