package io.qgate.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.devstack.bench.Json;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One real Keycloak for the class (first start unpacks the distribution and imports the realm: tens
 * of seconds), checked against the token contract other code relies on (docs/operations.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedKeycloakTest {

  private static final String PASSWORD = "qgate-demo";
  private static final List<String> ALL_TENANTS = List.of("utility", "hospital", "plant");

  private EmbeddedKeycloak keycloak;

  @BeforeAll
  void startKeycloak() throws IOException {
    Path zip =
        Path.of(System.getProperty("qgate.test.keycloak.zip", "target/runtime/keycloak.zip"));
    // Outside test-data, so the unpacked distribution is reused by later runs; data is fresh.
    Path home = Path.of("target", "keycloak-test").toAbsolutePath();
    Path log = TestDirectories.newDirectory("keycloak-").resolve("keycloak.log");
    long start = System.nanoTime();
    keycloak = EmbeddedKeycloak.startFresh(zip, home, Ports.anyFree(), log);
    System.out.printf(
        "Keycloak ready in %.1f s (pid %d)%n", (System.nanoTime() - start) / 1e9, keycloak.pid());
  }

  @AfterAll
  void stopKeycloak() {
    if (keycloak != null) {
      keycloak.close();
      assertThat(keycloak.isAlive()).isFalse();
    }
  }

  static Stream<Arguments> demoUsers() {
    return Stream.of(
        Arguments.of("grace", "grid-operator", List.of("utility")),
        Arguments.of("hugo", "hospital-operator", List.of("hospital")),
        Arguments.of("pablo", "plant-operator", List.of("plant")),
        Arguments.of("sofia", "security-officer", ALL_TENANTS),
        Arguments.of("audrey", "auditor", ALL_TENANTS),
        Arguments.of("adam", "platform-admin", ALL_TENANTS));
  }

  @ParameterizedTest
  @MethodSource("demoUsers")
  void demoUserGetsTokenWithRoleTenantsAndAudience(String user, String role, List<String> tenants)
      throws IOException {
    Response response = passwordGrant("qgate-cli", user, PASSWORD);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    Map<?, ?> claims = claims((String) json(response.body()).get("access_token"));
    assertThat(strings(claims.get("groups"))).containsExactly(role);
    assertThat(strings(claims.get("tenants"))).containsExactlyInAnyOrderElementsOf(tenants);
    assertThat(audiences(claims)).contains("qgate-api");
    assertThat(claims.get("iss")).isEqualTo(keycloak.issuer());
    assertThat(claims.get("preferred_username")).isEqualTo(user);
    assertThat(claims.get("azp")).isEqualTo("qgate-cli");
    assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
        .isEqualTo(300);
  }

  @Test
  void issuerIsTheRealmOnLocalhost() throws IOException {
    assertThat(keycloak.issuer())
        .isEqualTo("http://localhost:" + keycloak.port() + "/realms/qgate");
    Response discovery = get(keycloak.issuer() + "/.well-known/openid-configuration");
    assertThat(discovery.status()).isEqualTo(200);
    assertThat(json(discovery.body()).get("issuer")).isEqualTo(keycloak.issuer());
  }

  @Test
  void wrongPasswordIsRefused() throws IOException {
    Response response = passwordGrant("qgate-cli", "grace", "not-the-password");

    // 400, not 401: since Keycloak 26.6 invalid_grant follows RFC 6749 section 5.2
    // (keycloak/keycloak#46528); 401 is left for invalid_client.
    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response.body()))
        .containsEntry("error", "invalid_grant")
        .containsEntry("error_description", "Invalid user credentials");
    assertThat(json(response.body())).doesNotContainKey("access_token");
  }

  @Test
  void signInsAndFailedSignInsAreKeptAsLoginEvents() throws IOException {
    assertThat(passwordGrant("qgate-cli", "audrey", PASSWORD).status()).isEqualTo(200);
    assertThat(passwordGrant("qgate-cli", "audrey", "not-the-password").status()).isEqualTo(400);

    Response admin =
        passwordGrant(
            keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token",
            "admin-cli",
            EmbeddedKeycloak.DEV_ADMIN_USER,
            EmbeddedKeycloak.DEV_ADMIN_PASSWORD);
    assertThat(admin.status()).isEqualTo(200);
    HttpURLConnection connection =
        (HttpURLConnection)
            URI.create(
                    keycloak.baseUrl()
                        + "/admin/realms/"
                        + EmbeddedKeycloak.REALM
                        + "/events?client=qgate-cli&type=LOGIN&type=LOGIN_ERROR&max=100")
                .toURL()
                .openConnection();
    connection.setRequestProperty(
        "Authorization", "Bearer " + json(admin.body()).get("access_token"));
    Response events = Response.of(connection);

    assertThat(events.status()).isEqualTo(200);
    List<String> audreys =
        ((List<?>) Json.parse(events.body()))
            .stream()
                .map(event -> (Map<?, ?>) event)
                .filter(
                    event -> "audrey".equals(((Map<?, ?>) event.get("details")).get("username")))
                .map(event -> String.valueOf(event.get("type")))
                .toList();
    assertThat(audreys).contains("LOGIN", "LOGIN_ERROR");
  }

  @Test
  void consoleClientRefusesThePasswordGrant() throws IOException {
    Response response = passwordGrant("qgate-console", "grace", PASSWORD);

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response.body()).get("error")).isEqualTo("unauthorized_client");
  }

  @Test
  void consoleClientShowsTheLoginPageForItsOwnRedirect() throws IOException {
    Response response = authorize("http://localhost:8080/callback");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("kc-form-login");
  }

  @Test
  void consoleClientRefusesARedirectToAnotherOrigin() throws IOException {
    Response response = authorize("http://attacker.example/callback");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("Invalid parameter: redirect_uri");
  }

  @Test
  void consoleClientRequiresPkce() throws IOException {
    Response response =
        get(
            keycloak.issuer()
                + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=qgate-console&redirect_uri="
                + encode("http://localhost:8080/callback"));

    // Errors with a valid redirect URI go back to the client, not to a login page.
    assertThat(response.status()).isEqualTo(302);
    assertThat(response.location()).startsWith("http://localhost:8080/callback");
    assertThat(response.location()).contains("error=invalid_request");
  }

  @Test
  void portInUseGivesOneLineErrorNamingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      Path home = TestDirectories.newDirectory("keycloak-port-");
      Path zip = Path.of(System.getProperty("qgate.test.keycloak.zip"));

      assertThatThrownBy(() -> EmbeddedKeycloak.start(zip, home, port))
          .isInstanceOf(PortInUseException.class)
          .hasMessage("Cannot start Keycloak: port " + port + " is already in use");
      assertThat(Files.list(home)).isEmpty(); // refused before unpacking anything
    }
  }

  @Test
  void kcShKeepsItsExecutableMode() {
    assertThat(keycloak.home().resolve("bin/kc.sh")).isExecutable();
  }

  private Response authorize(String redirectUri) throws IOException {
    return get(
        keycloak.issuer()
            + "/protocol/openid-connect/auth?response_type=code&scope=openid"
            + "&client_id=qgate-console&redirect_uri="
            + encode(redirectUri)
            + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
            + "&code_challenge_method=S256");
  }

  private Response passwordGrant(String client, String user, String password) throws IOException {
    return passwordGrant(
        keycloak.issuer() + "/protocol/openid-connect/token", client, user, password);
  }

  private static Response passwordGrant(
      String tokenEndpoint, String client, String user, String password) throws IOException {
    String form =
        Map.of(
                "grant_type", "password",
                "client_id", client,
                "username", user,
                "password", password,
                "scope", "openid")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(tokenEndpoint).toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
    connection.getOutputStream().write(form.getBytes(StandardCharsets.UTF_8));
    return Response.of(connection);
  }

  private static Response get(String url) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setInstanceFollowRedirects(false);
    return Response.of(connection);
  }

  private static Map<String, Object> claims(String jwt) {
    String payload = jwt.split("\\.")[1];
    return json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }

  private static List<String> audiences(Map<?, ?> claims) {
    Object aud = claims.get("aud");
    return aud instanceof List<?> ? strings(aud) : List.of(String.valueOf(aud));
  }

  /** A JSON array of strings; an absent claim is an empty list, so the assertion names it. */
  private static List<String> strings(Object array) {
    return array == null ? List.of() : ((List<?>) array).stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) {
    return (Map<String, Object>) Json.parse(text);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private record Response(int status, String body, String location) {

    static Response of(HttpURLConnection connection) throws IOException {
      try {
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        int status = connection.getResponseCode();
        var stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String body =
            stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        String location = connection.getHeaderField("Location");
        return new Response(status, body, location == null ? "" : location);
      } finally {
        connection.disconnect();
      }
    }
  }
}
