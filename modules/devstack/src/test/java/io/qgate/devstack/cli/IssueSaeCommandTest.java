package io.qgate.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.qgate.devstack.Ports;
import io.qgate.devstack.TestDirectories;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code pki issue-sae} in-process, against a stand-in for the platform's registration endpoint.
 */
class IssueSaeCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  private Path home;
  private HttpServer platform;

  @BeforeEach
  void newHome() throws Exception {
    home = TestDirectories.newDirectory("home-");
  }

  @AfterEach
  void stopPlatform() {
    if (platform != null) {
      platform.stop(0);
    }
  }

  @Test
  void invalidSaeIdIsBadUsage() {
    assertThat(run(Map.of(), "pki", "issue-sae", "--sae-id", "../x", "--out", "certs"))
        .isEqualTo(2);
    assertThat(err())
        .isEqualTo("qgate: invalid SAE id '../x': expected [A-Za-z0-9][A-Za-z0-9._-]{0,63}\n");
    assertThat(home.resolve(".qgate/pki")).doesNotExist();
  }

  @Test
  void tooLongSaeIdIsBadUsage() {
    assertThat(run(Map.of(), "pki", "issue-sae", "--sae-id", "s".repeat(65), "--out", "c"))
        .isEqualTo(2);
    assertThat(err()).startsWith("qgate: invalid SAE id").hasLineCount(1);
  }

  @Test
  void invalidRoleIsBadUsage() {
    assertThat(
            run(Map.of(), "pki", "issue-sae", "--sae-id", "sae-x", "--out", "c", "--role", "Admin"))
        .isEqualTo(2);
    assertThat(err()).startsWith("qgate: invalid role 'Admin'").hasLineCount(1);
    assertThat(home.resolve(".qgate/pki")).doesNotExist();
  }

  @Test
  void invalidNodeIsBadUsage() {
    assertThat(
            run(Map.of(), "pki", "issue-sae", "--sae-id", "sae-x", "--out", "c", "--node", "a b"))
        .isEqualTo(2);
    assertThat(err()).startsWith("qgate: invalid node id 'a b'").hasLineCount(1);
  }

  @Test
  void missingOptionsAreBadUsage() {
    assertThat(run(Map.of(), "pki", "issue-sae", "--sae-id", "sae-x")).isEqualTo(2);
    assertThat(err()).contains("--out").hasLineCount(1);
  }

  @Test
  void pkiWithoutSubcommandIsBadUsage() {
    assertThat(run(Map.of(), "pki")).isEqualTo(2);
    assertThat(err()).contains("issue-sae").hasLineCount(1);
  }

  @Test
  void outThatIsAFileIsBadUsage() throws Exception {
    Files.writeString(home.resolve("file"), "x");
    assertThat(run(Map.of(), "pki", "issue-sae", "--sae-id", "sae-x", "--out", "file"))
        .isEqualTo(2);
    assertThat(err()).isEqualTo("qgate: --out file is not a directory\n");
  }

  @Test
  void withoutThePlatformTheCertificateIsWrittenAndTheCommandFails() {
    int port = Ports.anyFree();

    assertThat(run(against(port), "pki", "issue-sae", "--sae-id", "sae-lab-1", "--out", "certs"))
        .isEqualTo(1);

    assertThat(err())
        .isEqualTo(
            "qgate: certificate written, but registering SAE sae-lab-1 with kme-core-1 needs a"
                + " platform admin's sign-in: the identity provider http://localhost:"
                + port
                + "/realms/qgate is not reachable: run ./qgate up first\n");
    assertThat(out()).contains("Issued certificate for SAE sae-lab-1", "certs/sae-lab-1.p12");
    for (String file : List.of("sae-lab-1.pem", "sae-lab-1-key.pem", "sae-lab-1.p12", "ca.pem")) {
      assertThat(home.resolve("certs").resolve(file)).isRegularFile();
    }
    assertThat(home.resolve(".qgate/pki/ca-key.pem")).isRegularFile();
  }

  @Test
  void registersTheSaeWithTheNode() throws Exception {
    int port = startPlatform(201, "{\"saeId\":\"sae-lab-1\"}");

    assertThat(
            run(
                against(port),
                "pki",
                "issue-sae",
                "--sae-id",
                "sae-lab-1",
                "--out",
                "certs",
                "--node",
                "kme-grid-1",
                "--role",
                "telemetry-reader"))
        .isEqualTo(0);

    assertThat(err()).isEmpty();
    assertThat(out())
        .endsWith("Registered SAE sae-lab-1 with kme-grid-1 (roles telemetry-reader)\n");
    assertThat(requests)
        .containsExactly(
            "TOKEN grant_type=password&client_id=qgate-cli&username=adam&password=...",
            "POST /api/v1/key-vault/saes {\"saeId\":\"sae-lab-1\",\"nodeId\":\"kme-grid-1\","
                + "\"roles\":[\"telemetry-reader\"]}");
    assertThat(authorizations).containsExactly("Bearer token-of-adam");
  }

  @Test
  void aRefusedSignInFailsNamingTheUserAndRegistersNothing() throws Exception {
    int port = startPlatform(201, "{}", 400);

    assertThat(run(against(port), "pki", "issue-sae", "--sae-id", "sae-lab-1", "--out", "certs"))
        .isEqualTo(1);

    assertThat(err())
        .startsWith("qgate: certificate written, but registering SAE sae-lab-1")
        .contains("refused to sign in adam (HTTP 400)", "QGATE_ADMIN_USER")
        .hasLineCount(1);
    assertThat(requests).noneMatch(request -> request.startsWith("POST"));
  }

  @Test
  void anSaeRegisteredBeforeIsFineAndKeepsItsCertificate() throws Exception {
    int port = startPlatform(409, "{\"title\":\"Conflict\",\"status\":409}");
    Map<String, String> env = against(port);
    assertThat(run(env, "pki", "issue-sae", "--sae-id", "sae-lab-1", "--out", "certs"))
        .isEqualTo(0);
    byte[] certificate = Files.readAllBytes(home.resolve("certs/sae-lab-1.pem"));

    assertThat(run(env, "pki", "issue-sae", "--sae-id", "sae-lab-1", "--out", "certs"))
        .isEqualTo(0);

    assertThat(out()).contains("Kept the existing certificate for SAE sae-lab-1");
    assertThat(out()).endsWith("SAE sae-lab-1 was already registered\n");
    assertThat(home.resolve("certs/sae-lab-1.pem")).hasBinaryContent(certificate);
    assertThat(requests.stream().filter(request -> request.startsWith("POST")))
        .hasSize(2)
        .containsOnly(
            "POST /api/v1/key-vault/saes {\"saeId\":\"sae-lab-1\",\"nodeId\":\"kme-core-1\","
                + "\"roles\":[]}");
  }

  @Test
  void aRefusedRegistrationFailsWithTheProblemDetail() throws Exception {
    int port =
        startPlatform(
            404, "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"detail\":\"No node kme-x\"}");

    assertThat(
            run(
                against(port),
                "pki",
                "issue-sae",
                "--sae-id",
                "sae-lab-1",
                "--out",
                "certs",
                "--node",
                "kme-x"))
        .isEqualTo(1);

    assertThat(err())
        .startsWith("qgate: certificate written, but registering SAE sae-lab-1 with kme-x failed:")
        .contains("answered 404 (No node kme-x)")
        .hasLineCount(1);
  }

  private int startPlatform(int status, String body) throws Exception {
    return startPlatform(status, body, 200);
  }

  /** A stand-in platform and, under /realms/qgate, its identity provider's token endpoint. */
  private int startPlatform(int status, String body, int tokenStatus) throws Exception {
    platform = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    platform.createContext(
        "/realms/qgate/protocol/openid-connect/token",
        exchange -> {
          String form =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add("TOKEN " + form.replaceAll("password=[^&]*", "password=..."));
          respond(
              exchange,
              tokenStatus,
              tokenStatus == 200
                  ? "{\"access_token\":\"token-of-adam\",\"expires_in\":300}"
                  : "{\"error\":\"invalid_grant\"}");
        });
    platform.createContext(
        "/",
        exchange -> {
          String request =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getPath()
                  + " "
                  + request);
          authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          respond(exchange, status, body);
        });
    platform.start();
    return platform.getAddress().getPort();
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws java.io.IOException {
    byte[] response = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, response.length);
    try (OutputStream responseBody = exchange.getResponseBody()) {
      responseBody.write(response);
    }
  }

  /** The environment of a run against the stand-in platform and identity provider on port. */
  private static Map<String, String> against(int port) {
    return Map.of(
        "QGATE_HTTP_PORT",
        Integer.toString(port),
        "QGATE_OIDC_ISSUER",
        "http://localhost:" + port + "/realms/qgate");
  }

  private int run(Map<String, String> env, String... args) {
    CliContext context =
        new CliContext(
            home,
            home.resolve("missing/qgate.war"),
            home.resolve("missing/payara-micro.jar"),
            home.resolve("missing/keycloak.zip"),
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return QgateCli.execute(context, args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
