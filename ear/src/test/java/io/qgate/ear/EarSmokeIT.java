package io.qgate.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.qgate.devstack.EmbeddedDatabase;
import io.qgate.devstack.EmbeddedKafka;
import io.qgate.devstack.EmbeddedKeycloak;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The EAR on a full Payara Server, deployed the way an operator would: a fresh domain from the
 * Payara Server zip (unpacked by the build), started with the platform's settings in its
 * environment, {@code asadmin deploy qgate.ear}, against a real PostgreSQL, a real Kafka and a real
 * Keycloak (realm qgate). Then readiness, a refused call without a token, a read of the seeded
 * topology and a malformed write as the platform admin; then undeploy and stop, also when something
 * failed, so no server outlives the run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarSmokeIT {

  private static final String APPLICATION = "qgate";
  private static final String DOMAIN = "qgate-smoke";

  /** Clear of Payara's defaults (4848, 8080) and of the dev ports; the next free base is used. */
  private static final int PREFERRED_PORT_BASE = 30_000;

  private static final Duration READY_WITHIN = Duration.ofSeconds(120);

  private static final Map<String, Duration> TIMINGS = new LinkedHashMap<>();

  private static EmbeddedDatabase database;
  private static EmbeddedKafka kafka;
  private static EmbeddedKeycloak keycloak;
  private static PayaraDomain domain;
  private static Thread killOnExit;
  private static boolean deployed;
  private static long deployedAt;
  private static URI base;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @RegisterExtension
  static final ServerLogOnFailure SERVER_LOG = new ServerLogOnFailure(() -> domain);

  @BeforeAll
  static void deployEarOnPayaraServer() {
    Path payara = Path.of(requiredProperty("qgate.it.payara.home"));
    Path ear = Path.of(requiredProperty("qgate.it.ear"));
    Path work = Path.of(System.getProperty("qgate.it.work", "target/ear-smoke")).toAbsolutePath();
    assertThat(ear).as("the EAR built by this module").isRegularFile();

    // A run killed half-way leaves its server and PostgreSQL running: stop them, start clean.
    PayaraDomain.killLeftover(work.resolve("domains").resolve(DOMAIN));
    stopLeftoverPostgres(work.resolve("postgres"));
    deleteRecursively(work);

    // Even a JVM ended by Ctrl-C or a failsafe timeout must leave no server or PostgreSQL.
    killOnExit = new Thread(EarSmokeIT::killEverything, "ear-smoke-cleanup");
    Runtime.getRuntime().addShutdownHook(killOnExit);

    database =
        timed(
            "PostgreSQL start",
            () -> EmbeddedDatabase.start(work.resolve("postgres"), PayaraDomain.freePort()));
    kafka =
        timed(
            "Kafka start",
            () -> EmbeddedKafka.start(work.resolve("kafka"), PayaraDomain.freePort()));
    // The realm's tokens: the API refuses every call without one.
    keycloak =
        timed(
            "Keycloak start",
            () ->
                EmbeddedKeycloak.startFresh(
                    Path.of(requiredProperty("qgate.keycloak.zip")),
                    Path.of(requiredProperty("qgate.it.keycloak.home")),
                    PayaraDomain.freePort(),
                    work.resolve("keycloak.log")));
    domain = PayaraDomain.plan(payara, work.resolve("domains"), DOMAIN, PREFERRED_PORT_BASE);
    base = URI.create("http://localhost:" + domain.httpPort() + "/");
    System.out.printf(
        "EAR smoke: PostgreSQL %s, Kafka %s, Payara port base %d (admin %d, HTTP %d)%n",
        database.jdbcUrl(),
        kafka.bootstrapServers(),
        domain.portBase(),
        domain.adminPort(),
        domain.httpPort());

    timed("create-domain", domain::create);
    timed("start-domain", () -> domain.start(platformEnvironment()));
    timed("deploy", () -> domain.deploy(ear));
    deployed = true;
    deployedAt = System.nanoTime();
  }

  /**
   * The settings the WAR reads through MicroProfile Config. The datasource resolves them while the
   * application deploys, so the server JVM must have them before {@code asadmin deploy}.
   */
  private static Map<String, String> platformEnvironment() {
    return Map.of(
        "QGATE_DB_URL", database.jdbcUrl(),
        "QGATE_DB_USER", database.user(),
        "QGATE_DB_PASSWORD", database.password(),
        "QGATE_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
        "QGATE_OIDC_ISSUER", keycloak.issuer(),
        // Payara Server builds its MP-JWT identity store outside the WAR's class loader: the WAR's
        // microprofile-config.properties is not seen there, so the domain must name them.
        "MP_JWT_VERIFY_ISSUER", keycloak.issuer(),
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.issuer() + "/protocol/openid-connect/certs",
        "MP_JWT_VERIFY_AUDIENCES", "qgate-api");
  }

  @Test
  @Order(1)
  void readinessReportsDatabaseAndKafkaUp() {
    AtomicReference<Reply> last = new AtomicReference<>();
    try {
      await()
          .atMost(READY_WITHIN)
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(
              () -> {
                Reply reply = get("health/ready");
                last.set(reply);
                return reply.status() == 200;
              });
    } catch (ConditionTimeoutException e) {
      fail("/health/ready did not answer 200 within %s; last reply: %s", READY_WITHIN, last.get());
    }
    TIMINGS.put("ready after deploy", Duration.ofNanos(System.nanoTime() - deployedAt));

    JsonObject health = last.get().json();
    assertThat(health.getString("status")).isEqualTo("UP");
    Map<String, JsonObject> checks =
        health.getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
    assertThat(checks).containsKeys("database", "kafka");
    assertThat(checks.values())
        .allSatisfy(check -> assertThat(check.getString("status")).isEqualTo("UP"));
    // A fresh database: Flyway ran inside the EAR deployment and left a numbered schema version.
    assertThat(checks.get("database").getJsonObject("data").getString("schemaVersion"))
        .matches("\\d+(\\.\\d+)*");
  }

  @Test
  @Order(2)
  void withoutATokenTheApiAnswers401() {
    Reply reply = send(HttpRequest.newBuilder(base.resolve("api/v1/network/nodes")).GET(), null);

    assertThat(reply.status()).as("GET without a token: %s", reply).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  @Order(2)
  void seededTopologyIsServedFromTheDatabase() {
    Reply reply = get("api/v1/network/nodes");

    assertThat(reply.status()).as("GET /api/v1/network/nodes: %s", reply).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    assertThat(reply.json().getJsonArray("items"))
        .extracting(item -> item.asJsonObject().getString("id"))
        .contains("kme-core-1");
  }

  @Test
  @Order(3)
  void malformedJsonIsABadRequestProblemDocument() {
    Reply reply = post("api/v1/network/nodes", "{\"id\": ");

    assertThat(reply.status()).as("POST with malformed JSON: %s", reply).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getString("type")).startsWith("urn:qgate:problem:");
    assertThat(reply.body()).doesNotContain("Exception");
  }

  @Test
  @Order(4)
  void serverRunsItAsAnEnterpriseApplication() {
    assertThat(domain.listApplications())
        .containsPattern("(?m)^" + APPLICATION + "\\s+<ear,.*\\benabled\\b");
  }

  /** Undeploy, stop the domain, stop Kafka and PostgreSQL; every step runs even if one fails. */
  @AfterAll
  static void undeployAndStopEverything() {
    List<RuntimeException> problems = new ArrayList<>();
    if (deployed && domain.isRunning()) {
      attempt(problems, () -> timed("undeploy", () -> domain.undeploy(APPLICATION)));
    }
    if (domain != null) {
      attempt(problems, () -> timed("stop-domain", domain::stop));
    }
    attempt(problems, EarSmokeIT::stopDatabaseAndKafka);
    if (killOnExit != null) {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    }
    System.out.println(
        "EAR smoke timings: "
            + TIMINGS.entrySet().stream()
                .map(t -> String.format("%s %.1f s", t.getKey(), t.getValue().toMillis() / 1000.0))
                .collect(Collectors.joining(", ")));
    if (!problems.isEmpty()) {
      RuntimeException first = problems.get(0);
      problems.subList(1, problems.size()).forEach(first::addSuppressed);
      throw first;
    }
  }

  private static void killEverything() {
    if (domain != null) {
      domain.kill();
    }
    stopDatabaseAndKafka();
  }

  private static void stopDatabaseAndKafka() {
    try {
      if (keycloak != null) {
        keycloak.close();
      }
    } finally {
      try {
        if (kafka != null) {
          kafka.close();
        }
      } finally {
        if (database != null) {
          database.close();
        }
      }
    }
  }

  private Reply get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), adminToken());
  }

  private Reply post(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        adminToken());
  }

  /** The dev realm's platform admin, by a password grant on its {@code qgate-cli} client. */
  private String adminToken() {
    Reply reply =
        send(
            HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=qgate-cli&username=adam"
                            + "&password=qgate-demo")),
            null);
    assertThat(reply.status()).as("Keycloak's token endpoint: %s", reply).isEqualTo(200);
    return reply.json().getString("access_token");
  }

  private Reply send(HttpRequest.Builder request, String bearerToken) {
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    try {
      HttpResponse<String> response =
          http.send(
              request
                  .timeout(Duration.ofSeconds(30))
                  .header("Accept", "application/json, application/problem+json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private record Reply(int status, String contentType, String body) {

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    @Override
    public String toString() {
      String shown = body.length() > 2_000 ? body.substring(0, 2_000) + "..." : body;
      return status + " " + contentType + " " + shown;
    }
  }

  private static <T> T timed(String step, java.util.function.Supplier<T> action) {
    long started = System.nanoTime();
    T result = action.get();
    TIMINGS.put(step, Duration.ofNanos(System.nanoTime() - started));
    return result;
  }

  private static void timed(String step, Runnable action) {
    timed(
        step,
        () -> {
          action.run();
          return null;
        });
  }

  private static void attempt(List<RuntimeException> problems, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      problems.add(e);
    }
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set (ear/pom.xml sets it for failsafe)");
    }
    return value;
  }

  /**
   * Stops a postmaster from an earlier, killed run (pg_ctl detaches it, so it outlives the JVM)
   * before its data directory is deleted.
   */
  private static void stopLeftoverPostgres(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    try {
      long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
      ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
          .ifPresent(
              p -> {
                System.out.println("Stopping PostgreSQL left by an earlier run: pid " + p.pid());
                p.destroy();
                try {
                  p.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                  p.destroyForcibly();
                }
              });
    } catch (IOException | RuntimeException e) {
      System.out.println("Ignoring unreadable " + pidFile + ": " + e);
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clean " + root, e);
    }
  }
}
