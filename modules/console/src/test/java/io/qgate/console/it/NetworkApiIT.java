package io.qgate.console.it;

import static io.qgate.console.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The QKD network registry API on a real Payara Micro against a real PostgreSQL: the seeded demo
 * topology, the happy paths, and every kind of bad input.
 */
class NetworkApiIT extends DeployedPlatform {

  private static final String NODES = "api/v1/network/nodes";
  private static final String LINKS = "api/v1/network/links";

  // --- the demo topology -------------------------------------------------------------------

  @Test
  void demoTopologyIsSeededOnFirstStart() {
    JsonObject nodes = api.get(NODES + "?size=200").json();
    assertThat(nodes.getJsonArray("items"))
        .extracting(n -> n.asJsonObject().getString("id"))
        .contains("kme-core-1", "gw-grid-1", "gw-health-1", "gw-plant-1", "relay-east-1");

    JsonObject relay = api.get(LINKS + "/core-relay").json();
    assertThat(relay.getString("protocol")).isEqualTo("BB84_DECOY");
    assertThat(relay.getJsonNumber("totalLossDb").doubleValue()).isCloseTo(14.0, within());
    assertThat(relay.getJsonNumber("transmittance").doubleValue())
        .isCloseTo(Math.pow(10, -1.4), within());
  }

  // --- nodes -------------------------------------------------------------------------------

  @Test
  void registersReadsUpdatesAndRetiresANode() {
    String id = uniqueId("node");
    var created = api.post(NODES, node(id, "Gateway " + id, "EDGE_GATEWAY", "HOSPITAL"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.location())
        .hasValueSatisfying(l -> assertThat(l).endsWith(NODES + "/" + id));
    assertThat(created.json().getString("tenant")).isEqualTo("HOSPITAL");
    assertThat(created.json().getJsonObject("location").getString("site")).isEqualTo("Ward 7");

    var read = api.get(NODES + "/" + id);
    assertThat(read.status()).isEqualTo(200);
    long version = read.json().getJsonNumber("version").longValue();

    var updated =
        api.put(
            NODES + "/" + id,
            withVersion(node(id, "Renamed " + id, "TRUSTED_RELAY", "SHARED"), version));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().getString("name")).isEqualTo("Renamed " + id);
    assertThat(updated.json().getJsonNumber("version").longValue()).isEqualTo(version + 1);

    assertThat(api.delete(NODES + "/" + id).status()).isEqualTo(204);
    assertProblem(api.get(NODES + "/" + id), 404, "not-found");
  }

  @Test
  void invalidNodeFieldsAreAllReported() {
    var reply =
        api.post(
            NODES,
            """
            {"id": "Bad Id!", "name": " ", "role": "CORE_KME", "tenant": "UTILITY",
             "location": {"site": "x", "latitude": 91, "longitude": -181}}
            """);

    assertProblem(reply, 400, "validation-failed");
    assertThat(reply.json().getJsonArray("errors"))
        .extracting(e -> e.asJsonObject().getString("field"))
        .containsExactlyInAnyOrder("id", "name", "location.latitude", "location.longitude");
  }

  @Test
  void missingNodeFieldsAreReported() {
    var reply = api.post(NODES, "{\"id\": \"" + uniqueId("node") + "\"}");

    assertProblem(reply, 400, "validation-failed");
    assertThat(reply.json().getJsonArray("errors"))
        .extracting(e -> e.asJsonObject().getString("field"))
        .containsExactlyInAnyOrder("name", "role", "tenant", "location");
  }

  @Test
  void nodeWithoutIdIsRefused() {
    var reply = api.post(NODES, node(null, "No id", "CORE_KME", "SHARED"));

    assertProblem(reply, 400, "validation-failed");
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("id");
  }

  @Test
  void unknownEnumValueIsMalformed() {
    var reply = api.post(NODES, node(uniqueId("node"), "Enum", "SATELLITE", "SHARED"));

    assertProblem(reply, 400, "malformed-request");
  }

  @Test
  void syntacticallyBrokenJsonIsMalformed() {
    assertProblem(api.post(NODES, "{\"id\": \"x\", "), 400, "malformed-request");
    assertProblem(api.post(NODES, "[1, 2]"), 400, "malformed-request");
  }

  @Test
  void emptyBodyIsRefused() {
    var reply = api.post(NODES, "");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void nonJsonContentTypeIsUnsupported() {
    var reply = api.send("POST", NODES, "text/plain", "hello");

    assertProblem(reply, 415, "unsupported-media-type");
  }

  @Test
  void duplicateIdOrNameConflicts() {
    String id = uniqueId("node");
    assertThat(api.post(NODES, node(id, "Dup " + id, "CORE_KME", "SHARED")).status())
        .isEqualTo(201);

    assertProblem(api.post(NODES, node(id, "Other " + id, "CORE_KME", "SHARED")), 409, "conflict");
    assertProblem(
        api.post(NODES, node(uniqueId("node"), "DUP " + id.toUpperCase(), "CORE_KME", "SHARED")),
        409,
        "conflict");
  }

  @Test
  void staleOrMissingVersionOnUpdateIsRefused() {
    String id = uniqueId("node");
    api.post(NODES, node(id, "Versioned " + id, "CORE_KME", "SHARED"));

    assertProblem(
        api.put(NODES + "/" + id, withVersion(node(id, "V " + id, "CORE_KME", "SHARED"), 7)),
        409,
        "conflict");
    assertProblem(
        api.put(NODES + "/" + id, node(id, "V " + id, "CORE_KME", "SHARED")),
        400,
        "validation-failed");
    assertThat(api.get(NODES + "/" + id).json().getString("name")).isEqualTo("Versioned " + id);
  }

  @Test
  void unknownNodeIsNotFound() {
    assertProblem(api.get(NODES + "/no-such-node"), 404, "not-found");
    assertProblem(api.delete(NODES + "/no-such-node"), 404, "not-found");
    assertProblem(
        api.put(NODES + "/no-such-node", withVersion(node(null, "n", "CORE_KME", "SHARED"), 0)),
        404,
        "not-found");
  }

  // --- paging and filters ------------------------------------------------------------------

  @Test
  void listsArePagedAndFiltered() {
    JsonObject page = api.get(NODES + "?size=2&page=1").json();
    assertThat(page.getJsonArray("items")).hasSize(2);
    assertThat(page.getInt("page")).isEqualTo(1);
    assertThat(page.getInt("size")).isEqualTo(2);
    long total = page.getJsonNumber("totalItems").longValue();
    assertThat(total).isGreaterThanOrEqualTo(5);
    assertThat(page.getJsonNumber("totalPages").longValue()).isEqualTo((total + 1) / 2);

    JsonObject plant = api.get(NODES + "?tenant=PLANT&role=EDGE_GATEWAY").json();
    assertThat(plant.getJsonArray("items"))
        .allSatisfy(n -> assertThat(n.asJsonObject().getString("tenant")).isEqualTo("PLANT"))
        .extracting(n -> n.asJsonObject().getString("id"))
        .contains("gw-plant-1");

    JsonObject relayLinks = api.get(LINKS + "?node=relay-east-1").json();
    assertThat(relayLinks.getJsonArray("items"))
        .extracting(l -> l.asJsonObject().getString("id"))
        .containsExactlyInAnyOrder("core-relay", "relay-plant");
  }

  @Test
  void badPagingParametersAreRefused() {
    assertProblem(api.get(NODES + "?size=0"), 400, "validation-failed");
    assertProblem(api.get(NODES + "?size=201"), 400, "validation-failed");
    assertProblem(api.get(NODES + "?page=-1"), 400, "validation-failed");
    assertProblem(api.get(NODES + "?page=abc"), 400, "validation-failed");
    assertProblem(api.get(LINKS + "?size=x"), 400, "validation-failed");
    assertProblem(api.get(NODES + "?tenant=NOBODY"), 400, "validation-failed");
  }

  // --- links -------------------------------------------------------------------------------

  @Test
  void createsRedesignsAndRemovesALink() {
    String a = registeredNode();
    String b = registeredNode();
    String id = uniqueId("link");

    var created = api.post(LINKS, fibreLink(id, a, b, 50.0));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getJsonNumber("totalLossDb").doubleValue()).isCloseTo(10.0, within());
    assertThat(created.json().getJsonNumber("transmittance").doubleValue())
        .isCloseTo(0.1, within());

    var freeSpace =
        api.put(
            LINKS + "/" + id,
            withVersion(
                link(id, a, b, "{\"kind\": \"FREE_SPACE\", \"lossDb\": 30}"),
                created.json().getJsonNumber("version").longValue()));
    assertThat(freeSpace.status()).as(freeSpace.toString()).isEqualTo(200);
    assertThat(freeSpace.json().getJsonObject("channel").getString("kind")).isEqualTo("FREE_SPACE");
    assertThat(freeSpace.json().getJsonNumber("transmittance").doubleValue())
        .isCloseTo(0.001, within());

    assertThat(api.delete(LINKS + "/" + id).status()).isEqualTo(204);
    assertProblem(api.get(LINKS + "/" + id), 404, "not-found");
  }

  @Test
  void linkToAMissingNodeIsRefusedAndNothingIsWritten() {
    String a = registeredNode();
    String id = uniqueId("link");

    var reply = api.post(LINKS, fibreLink(id, a, "no-such-node", 10.0));

    assertProblem(reply, 400, "validation-failed");
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("endpointB");
    assertProblem(api.get(LINKS + "/" + id), 404, "not-found");
    assertThat(api.get(LINKS + "?node=" + a).json().getJsonArray("items")).isEmpty();
  }

  @Test
  void linkToItselfIsRefused() {
    String a = registeredNode();

    var reply = api.post(LINKS, fibreLink(uniqueId("link"), a, a, 10.0));

    assertProblem(reply, 400, "validation-failed");
  }

  @Test
  void secondLinkBetweenTheSameNodesConflictsInEitherDirection() {
    String a = registeredNode();
    String b = registeredNode();
    assertThat(api.post(LINKS, fibreLink(uniqueId("link"), a, b, 10.0)).status()).isEqualTo(201);

    assertProblem(api.post(LINKS, fibreLink(uniqueId("link"), b, a, 12.0)), 409, "conflict");
  }

  @Test
  void channelFieldsMustMatchTheChannelKind() {
    String a = registeredNode();
    String b = registeredNode();

    var fibreWithoutLength =
        api.post(
            LINKS, link(uniqueId("link"), a, b, "{\"kind\": \"FIBRE\", \"lossDbPerKm\": 0.2}"));
    assertProblem(fibreWithoutLength, 400, "validation-failed");
    assertThat(fibreWithoutLength.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("channel.lengthKm");

    var freeSpaceWithLength =
        api.post(
            LINKS,
            link(
                uniqueId("link"),
                a,
                b,
                "{\"kind\": \"FREE_SPACE\", \"lossDb\": 20, \"lengthKm\": 5}"));
    assertProblem(freeSpaceWithLength, 400, "validation-failed");
  }

  @Test
  void outOfRangeComponentsAreAllReported() {
    String a = registeredNode();
    String b = registeredNode();
    String body =
        """
        {"id": "%s", "endpointA": "%s", "endpointB": "%s", "protocol": "BB84",
         "channel": {"kind": "FIBRE", "lengthKm": -1, "lossDbPerKm": 0.2},
         "components": {"detectorEfficiency": 1.5, "darkCountProbability": -0.1,
                        "misalignment": 0.7, "repetitionRateHz": 0},
         "qberAlarmThreshold": 0.6}
        """
            .formatted(uniqueId("link"), a, b);

    var reply = api.post(LINKS, body);

    assertProblem(reply, 400, "validation-failed");
    assertThat(reply.json().getJsonArray("errors"))
        .extracting(e -> e.asJsonObject().getString("field"))
        .containsExactlyInAnyOrder(
            "channel.lengthKm",
            "components.detectorEfficiency",
            "components.darkCountProbability",
            "components.misalignment",
            "components.repetitionRateHz",
            "qberAlarmThreshold");
  }

  @Test
  void nodeWithLinksCannotBeRetired() {
    String a = registeredNode();
    String b = registeredNode();
    String id = uniqueId("link");
    api.post(LINKS, fibreLink(id, a, b, 10.0));

    assertProblem(api.delete(NODES + "/" + a), 409, "conflict");
    assertThat(api.get(NODES + "/" + a).status()).isEqualTo(200);

    assertThat(api.delete(LINKS + "/" + id).status()).isEqualTo(204);
    assertThat(api.delete(NODES + "/" + a).status()).isEqualTo(204);
  }

  // --- helpers -----------------------------------------------------------------------------

  private String registeredNode() {
    String id = uniqueId("node");
    var reply = api.post(NODES, node(id, "Node " + id, "EDGE_GATEWAY", "UTILITY"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return id;
  }

  private static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String node(String id, String name, String role, String tenant) {
    return """
        {%s"name": "%s", "role": "%s", "tenant": "%s",
         "location": {"site": "Ward 7", "latitude": 48.1, "longitude": 11.5}}
        """
        .formatted(id == null ? "" : "\"id\": \"" + id + "\", ", name, role, tenant);
  }

  private static String fibreLink(String id, String a, String b, double km) {
    return link(
        id, a, b, "{\"kind\": \"FIBRE\", \"lengthKm\": %s, \"lossDbPerKm\": 0.2}".formatted(km));
  }

  private static String link(String id, String a, String b, String channel) {
    return """
        {"id": "%s", "endpointA": "%s", "endpointB": "%s", "protocol": "BB84_DECOY",
         "channel": %s,
         "components": {"detectorEfficiency": 0.1, "darkCountProbability": 1e-6,
                        "misalignment": 0.015, "repetitionRateHz": 1e9},
         "qberAlarmThreshold": 0.08}
        """
        .formatted(id, a, b, channel);
  }

  private static String withVersion(String json, long version) {
    return json.replaceFirst("\\{", "{\"version\": " + version + ", ");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
