package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API's authorisation matrix against the real Keycloak realm: role × endpoint × tenant. Each
 * demo user reaches exactly what their role and tenants allow, lists show nothing of other tenants,
 * auditors write nothing, and a request without a valid token is 401.
 */
class AccessControlIT extends DeployedPlatform {

  private static final String NODES = "api/v1/network/nodes";
  private static final String LINKS = "api/v1/network/links";
  private static final String LINK_HEALTH = "api/v1/network/link-health";
  private static final String POLICIES = "api/v1/policies";

  /** One row of the matrix: who, what, the status they get. */
  private record Rule(String user, String method, String path, String body, int status) {}

  @BeforeEach
  void devicesOfTwoTenants() {
    for (String[] device :
        List.of(
            new String[] {"acl-meter-1", "UTILITY", "GRID"},
            new String[] {"acl-monitor-1", "HOSPITAL", "HEALTH"})) {
      if (api.get(DEVICES + "/" + device[0]).status() == 404) {
        var reply = api.post(DEVICES, PolicyJson.device(device[0], device[1], device[2]));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      }
    }
  }

  @Test
  void withoutAValidBearerTokenEveryApiCallIs401ButHealthAnswers() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String token : new String[] {null, "not-a-jwt", expiredLookingToken()}) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(deploymentUrl.toExternalForm()).resolve(NODES));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("token %s", token).isEqualTo(401);
      assertThat(response.body()).doesNotContain("kme-core-1");
    }
    var anonymous = api.as(null);
    var nodes = anonymous.get(NODES);
    assertThat(nodes.contentType()).startsWith("application/problem+json");
    assertThat(nodes.json().getString("detail")).contains("bearer token");
    assertThat(anonymous.post(DEVICES, PolicyJson.device("x-1", "UTILITY", "GRID")).status())
        .isEqualTo(401);
    assertThat(anonymous.get("/health/ready").status()).isEqualTo(200);
    assertThat(anonymous.get("/health/live").status()).isEqualTo(200);
    for (String serverEndpoint : new String[] {"/metrics", "/openapi"}) {
      var refused = anonymous.get(serverEndpoint);
      assertThat(refused.status()).as(serverEndpoint).isEqualTo(401);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.body()).doesNotContain("qgate_", "paths:");
    }
    assertThat(api.get(DEVICES + "/x-1").status()).as("nothing half-written").isEqualTo(404);
  }

  @Test
  void aGridOperatorSeesTheUtilityAndTheSharedNetworkOnly() {
    var grace = api.as("grace");
    JsonArray nodes = grace.get(NODES + "?size=100").json().getJsonArray("items");
    assertThat(ids(nodes, "id"))
        .contains("kme-core-1", "gw-grid-1", "relay-east-1")
        .doesNotContain("gw-health-1", "gw-plant-1");
    assertThat(ids(nodes, "tenant")).isSubsetOf("UTILITY", "SHARED");
    assertThat(ids(grace.get(LINKS).json().getJsonArray("items"), "id"))
        .contains("core-grid", "core-relay")
        .doesNotContain("core-health", "relay-plant");
    // The health list covers exactly the links of the list; it takes no tenant filter, so a
    // foreign ?tenant= shows nothing foreign either.
    Set<String> visibleLinks =
        ids(grace.get(LINKS + "?size=200").json().getJsonArray("items"), "id");
    assertThat(ids(grace.get(LINK_HEALTH).jsonArray(), "linkId")).isEqualTo(visibleLinks);
    assertThat(ids(grace.get(LINK_HEALTH + "?tenant=HOSPITAL").jsonArray(), "linkId"))
        .isEqualTo(visibleLinks);
    assertThat(ids(grace.get(DEVICES).json().getJsonArray("items"), "id"))
        .contains("acl-meter-1")
        .doesNotContain("acl-monitor-1");
    assertThat(ids(grace.get(POLICIES).jsonArray(), "tenant"))
        .containsExactlyInAnyOrder("UTILITY", "SHARED");
    assertThat(ids(grace.get("api/v1/key-vault/saes").jsonArray(), "tenant"))
        .isSubsetOf("UTILITY", "SHARED");
  }

  @Test
  void anOperatorFindsTheCertificationsOfItsTenantThatRunOutSoon() {
    Instant now = Instant.now();
    String[][] devices = {
      {"acl-exp-meter-1", "UTILITY", "GRID", "10"},
      {"acl-exp-meter-2", "UTILITY", "GRID", "400"},
      {"acl-exp-monitor-1", "HOSPITAL", "HEALTH", "10"}
    };
    for (String[] device : devices) {
      var registered = api.post(DEVICES, PolicyJson.device(device[0], device[1], device[2]));
      assertThat(registered.status()).as(registered.toString()).isIn(201, 409);
      if (registered.status() == 201) {
        var certified =
            api.post(
                DEVICES + "/" + device[0] + "/certifications",
                PolicyJson.certification(
                    "IEC_62443_4_2",
                    2,
                    now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(Long.parseLong(device[3])))));
        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
      }
    }

    var expiring = api.as("grace").get(DEVICES + "?expiringWithinDays=30&size=200");
    assertThat(expiring.status()).as(expiring.toString()).isEqualTo(200);
    assertThat(ids(expiring.json().getJsonArray("items"), "id"))
        .contains("acl-exp-meter-1")
        .doesNotContain("acl-exp-meter-2", "acl-exp-monitor-1");
    assertThat(api.as("grace").get(DEVICES + "?expiringWithinDays=0").status()).isEqualTo(400);
    assertThat(api.as("grace").get(DEVICES + "?expiringWithinDays=soon").status()).isEqualTo(400);
  }

  @Test
  void aHospitalOperatorSeesHospitalDevicesOnlyAndRegistersOnlyThere() {
    var hugo = api.as("hugo");
    assertThat(ids(hugo.get(DEVICES).json().getJsonArray("items"), "id"))
        .contains("acl-monitor-1")
        .doesNotContain("acl-meter-1");
    assertThat(hugo.get(DEVICES + "/acl-meter-1").status()).isEqualTo(403);
    assertThat(hugo.post(DEVICES, PolicyJson.device("acl-x-1", "UTILITY", "GRID")).status())
        .isEqualTo(403);
    assertThat(api.get(DEVICES + "/acl-x-1").status()).isEqualTo(404);
    var own = hugo.post(DEVICES, PolicyJson.device("acl-monitor-2", "HOSPITAL", "HEALTH"));
    assertThat(own.status()).as(own.toString()).isIn(201, 409);
  }

  @Test
  void aMetricsScraperReadsMetricsAndNothingElse() throws Exception {
    String token = DemoTokens.scraperToken();
    HttpClient http = HttpClient.newHttpClient();
    URI base = URI.create(deploymentUrl.toExternalForm());
    for (String path : new String[] {"/metrics", "/openapi", NODES}) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(base.resolve(path))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as("%s: %s", path, response.body())
          .isEqualTo(path.equals("/metrics") ? 200 : 403);
      if (path.equals("/metrics")) {
        assertThat(response.body()).contains("# TYPE");
      }
    }
  }

  @Test
  void everyRoleGetsExactlyItsRowsOfTheMatrix() {
    String eve = "{\"kind\": \"INTERCEPT_RESEND\", \"fraction\": 0.5}";
    String reason = "{\"reason\": \"matrix test\"}";
    List<Rule> matrix =
        List.of(
            // operators: their tenant's objects, nothing of another's, no security writes
            new Rule("grace", "GET", NODES + "/gw-health-1", null, 403),
            new Rule("grace", "GET", NODES + "?tenant=HOSPITAL", null, 403),
            new Rule("grace", "GET", LINKS + "/core-health", null, 403),
            new Rule("grace", "GET", LINKS + "/core-health/health", null, 403),
            new Rule("grace", "GET", LINKS + "/core-grid/health", null, 200),
            new Rule("grace", "GET", LINK_HEALTH, null, 200),
            new Rule("grace", "GET", "api/v1/key-vault/master-keys", null, 200),
            new Rule("grace", "GET", "api/v1/key-vault/events?size=200", null, 200),
            new Rule("grace", "GET", "api/v1/key-vault/events?size=0", null, 400),
            new Rule("grace", "GET", "api/v1/key-vault/master-keys?size=201", null, 400),
            new Rule("audrey", "GET", "api/v1/key-vault/events", null, 200),
            new Rule("grace", "GET", POLICIES + "/HOSPITAL/HEALTH", null, 403),
            new Rule("grace", "GET", POLICIES + "/UTILITY/GRID", null, 200),
            new Rule("grace", "GET", DEVICES + "/acl-monitor-1", null, 403),
            new Rule("grace", "GET", "api/v1/audit/events", null, 403),
            new Rule("grace", "GET", "api/v1/compliance/UTILITY/report", null, 403),
            new Rule("grace", "POST", LINKS + "/core-grid/eavesdropper", eve, 403),
            new Rule("grace", "POST", LINKS + "/core-grid/clear", reason, 403),
            new Rule("grace", "POST", "api/v1/key-vault/kek/rewrap", null, 403),
            new Rule("grace", "GET", "api/v1/telemetry/pipeline", null, 200),
            new Rule("grace", "GET", "/openapi", null, 200),
            new Rule("grace", "GET", "/metrics", null, 403),
            new Rule("pablo", "GET", NODES + "/gw-plant-1", null, 200),
            new Rule("pablo", "GET", NODES + "/gw-grid-1", null, 403),
            new Rule("pablo", "GET", LINKS + "/relay-plant", null, 200),
            // auditors read everything of their tenants and write nothing
            new Rule("audrey", "GET", "api/v1/audit/events", null, 200),
            new Rule("audrey", "GET", "api/v1/audit/verify", null, 200),
            new Rule("audrey", "GET", "api/v1/compliance/HOSPITAL/report", null, 200),
            new Rule("audrey", "GET", POLICIES + "/HOSPITAL/HEALTH", null, 200),
            new Rule("audrey", "POST", "api/v1/audit/checkpoints", null, 403),
            new Rule(
                "audrey", "POST", DEVICES, PolicyJson.device("a-1", "PLANT", "INDUSTRIAL"), 403),
            new Rule("audrey", "POST", LINKS + "/core-grid/clear", reason, 403),
            new Rule("audrey", "DELETE", NODES + "/gw-plant-1", null, 403),
            new Rule("audrey", "POST", "api/v1/policy-decisions", "{}", 403),
            new Rule("audrey", "GET", "/metrics", null, 403),
            // security officers: policies, certifications, keys; not the network's shape
            new Rule("sofia", "GET", "api/v1/audit/verify", null, 200),
            new Rule("sofia", "POST", NODES, "{}", 403),
            new Rule("sofia", "POST", LINKS + "/core-grid/eavesdropper", eve, 403),
            new Rule("sofia", "GET", "api/v1/key-vault/kek", null, 403),
            // platform admins run the network
            new Rule("adam", "GET", "api/v1/key-vault/kek", null, 200),
            new Rule("adam", "GET", "/metrics", null, 200),
            new Rule("adam", "GET", NODES + "/gw-health-1", null, 200));
    for (Rule rule : matrix) {
      var reply =
          api.as(rule.user())
              .send(
                  rule.method(),
                  rule.path(),
                  rule.body() == null ? null : "application/json",
                  rule.body());
      assertThat(reply.status())
          .as("%s %s %s → %s", rule.user(), rule.method(), rule.path(), reply)
          .isEqualTo(rule.status());
      if (reply.status() == 403) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
      }
    }
    assertThat(api.get(DEVICES + "/a-1").status()).as("the auditor wrote nothing").isEqualTo(404);
  }

  private static Set<String> ids(JsonArray items, String field) {
    return items.stream()
        .map(JsonValue::asJsonObject)
        .map((JsonObject item) -> item.getString(field))
        .collect(Collectors.toSet());
  }

  /** Well-formed, but signed by nobody the platform trusts. */
  private static String expiredLookingToken() {
    java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes());
    String claims =
        b64.encodeToString(
            ("{\"iss\":\""
                    + DevStackExtension.oidcIssuer()
                    + "\",\"groups\":[\"platform-admin\"],"
                    + "\"tenants\":[\"utility\"],\"aud\":\"qgate-api\",\"exp\":4102444800,"
                    + "\"upn\":\"mallory\"}")
                .getBytes());
    return header + "." + claims + "." + b64.encodeToString(new byte[256]);
  }
}
