package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The alert store on a real Payara Micro: alerts reach {@code api/v1/alerts} from {@code
 * qgate.alerts.v1} (consumer group qgate-alert-store) — a link compromised by an eavesdropper, and
 * a device alert written straight to the topic — each stored once, seen only by callers of its
 * tenant (link alerts are SHARED: everyone's), acknowledged once by an operator of its tenant, and
 * the acknowledgement in the audit trail. The eavesdropper listens on a link of its own, so the
 * demo links other classes use are left alone.
 */
class AlertsIT extends DeployedPlatform {

  private static final String ALERTS = "api/v1/alerts";
  private static final String LINKS = "api/v1/network/links/";
  private static final String TOPIC = "qgate.alerts.v1";

  @Test
  void aCompromisedLinksAlertIsStoredOnceAndSeenByEveryTenantsOperators() {
    String link = registerSharedLink("alr");
    try {
      var attached =
          api.post(
              LINKS + link + "/eavesdropper",
              "{\"attack\": \"INTERCEPT_RESEND\", \"fraction\": 1.0}");
      assertThat(attached.status()).as(attached.toString()).isEqualTo(200);

      JsonObject alert =
          await()
              .atMost(Duration.ofSeconds(120))
              .pollInterval(Duration.ofSeconds(1))
              .until(
                  () -> items(api.get(ALERTS + "?sourceId=" + link + "&state=OPEN")),
                  items ->
                      items.stream().anyMatch(a -> a.getString("type").equals("LINK_COMPROMISED")))
              .stream()
              .filter(a -> a.getString("type").equals("LINK_COMPROMISED"))
              .findFirst()
              .orElseThrow();
      assertThat(alert.getString("tenant")).isEqualTo("SHARED");
      assertThat(alert.getString("severity")).isEqualTo("CRITICAL");
      assertThat(alert.getString("sourceKind")).isEqualTo("LINK");
      assertThat(alert.getString("state")).isEqualTo("OPEN");
      assertThat(alert.getJsonObject("details").getString("link")).isEqualTo(link);
      assertThat(items(api.get(ALERTS + "?sourceId=" + link)))
          .filteredOn(a -> a.getString("alertId").equals(alert.getString("alertId")))
          .hasSize(1);

      // SHARED is in every scope: a grid and a hospital operator both see the link's alert.
      String id = alert.getString("alertId");
      for (String user : List.of("grace", "hugo", "audrey")) {
        var mine = api.as(user);
        assertThat(ids(mine.get(ALERTS + "?sourceId=" + link))).as(user).contains(id);
        assertThat(mine.get(ALERTS + "/" + id).status()).as(user).isEqualTo(200);
      }
    } finally {
      // Leave no eavesdropper running on the shared database whatever failed above.
      api.delete(LINKS + link + "/eavesdropper");
    }
  }

  @Test
  void aUtilityAlertIsStoredOnceScopedToTheUtilityAndAcknowledgedOnceWithAnAuditEvent() {
    UUID alertId = UUID.randomUUID();
    String device = "it-pmu-" + alertId.toString().substring(0, 8);
    String json =
        """
        {"alertId": "%s", "type": "PMU_FREQUENCY_EXCURSION", "severity": "CRITICAL",
         "tenant": "UTILITY", "source": {"kind": "DEVICE", "id": "%s"},
         "raisedAt": "%s", "message": "frequency 49.1 Hz at %s", "details": {"hz": 49.1}}"""
            .formatted(alertId, device, Instant.now().truncatedTo(ChronoUnit.MILLIS), device);
    // A malformed record first: the store skips it and goes on. The alert twice: stored once.
    produce(List.of("not an alert", json, json));

    String path = ALERTS + "/" + alertId;
    JsonObject stored =
        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> api.get(path), r -> r.status() == 200)
            .json();
    assertThat(stored.getString("tenant")).isEqualTo("UTILITY");
    assertThat(stored.getString("sourceId")).isEqualTo(device);
    assertThat(stored.getString("state")).isEqualTo("OPEN");
    assertThat(stored.getJsonObject("details").getJsonNumber("hz").doubleValue()).isEqualTo(49.1);
    assertThat(ids(api.get(ALERTS + "?sourceId=" + device))).containsExactly(alertId.toString());

    // A hospital operator neither lists nor reads it, nor acknowledges it.
    var hugo = api.as("hugo");
    assertThat(ids(hugo.get(ALERTS + "?sourceId=" + device))).isEmpty();
    Problems.assertProblem(hugo.get(path), 403, "forbidden");
    Problems.assertProblem(hugo.get(ALERTS + "?tenant=UTILITY"), 403, "forbidden");
    Problems.assertProblem(hugo.post(path + "/acknowledge", "{}"), 403, "forbidden");
    // An auditor reads it but acknowledges nothing.
    var audrey = api.as("audrey");
    assertThat(audrey.get(path).status()).isEqualTo(200);
    Problems.assertProblem(
        audrey.post(path + "/acknowledge", "{\"note\": \"seen\"}"), 403, "forbidden");

    // The grid operator: in the counts, then acknowledges it, once.
    var grace = api.as("grace");
    JsonObject summary = grace.get(ALERTS + "/summary").json();
    assertThat(summary.getJsonNumber("open").longValue()).isPositive();
    assertThat(summary.getJsonArray("counts").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("tenant"))
        .containsOnly("UTILITY", "SHARED");
    Problems.assertProblem(
        grace.post(path + "/acknowledge", "{\"note\": \"" + "x".repeat(501) + "\"}"),
        400,
        "validation-failed");
    var acknowledged = grace.post(path + "/acknowledge", "{\"note\": \"frequency restored\"}");
    assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
    JsonObject view = acknowledged.json();
    assertThat(view.getString("state")).isEqualTo("ACKNOWLEDGED");
    assertThat(view.getString("acknowledgedBy")).isEqualTo("grace");
    assertThat(Instant.parse(view.getString("acknowledgedAt"))).isNotNull();
    assertThat(view.getString("ackNote")).isEqualTo("frequency restored");
    Problems.assertProblem(grace.post(path + "/acknowledge", "{}"), 409, "conflict");
    assertThat(ids(api.get(ALERTS + "?sourceId=" + device + "&state=OPEN"))).isEmpty();
    assertThat(ids(api.get(ALERTS + "?sourceId=" + device + "&state=ACKNOWLEDGED")))
        .containsExactly(alertId.toString());

    // The trail has it, by grace, under the alert's tenant.
    List<JsonObject> events =
        items(api.get("api/v1/audit/events?type=ALERT_ACKNOWLEDGED&size=200")).stream()
            .filter(e -> e.getString("subject").equals("alert " + alertId))
            .toList();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).getString("actor")).isEqualTo("grace");
    assertThat(events.get(0).getString("tenant")).isEqualTo("UTILITY");
    assertThat(events.get(0).getJsonObject("details").getString("note"))
        .isEqualTo("frequency restored");
  }

  @Test
  void badQueriesAndIdsAreProblemsNamingTheField() {
    assertFieldProblem(api.get(ALERTS + "?state=CLOSED"), "state");
    assertFieldProblem(api.get(ALERTS + "?severity=URGENT"), "severity");
    assertFieldProblem(api.get(ALERTS + "?sourceKind=SATELLITE"), "sourceKind");
    assertFieldProblem(api.get(ALERTS + "?from=yesterday"), "from");
    assertFieldProblem(
        api.get(ALERTS + "?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"), "from");
    assertFieldProblem(api.get(ALERTS + "?size=0"), "size");
    assertFieldProblem(api.get(ALERTS + "/not-a-uuid"), "id");
    assertFieldProblem(api.post(ALERTS + "/not-a-uuid/acknowledge", "{}"), "id");
    Problems.assertProblem(api.get(ALERTS + "/" + UUID.randomUUID()), 404, "not-found");
    Problems.assertProblem(
        api.post(ALERTS + "/" + UUID.randomUUID() + "/acknowledge", "{}"), 404, "not-found");
    Problems.assertProblem(
        api.post(ALERTS + "/" + UUID.randomUUID() + "/acknowledge", "{\"note\": "),
        400,
        "malformed-request");
  }

  // --- helpers ------------------------------------------------------------------------------

  /**
   * Writes records to {@code qgate.alerts.v1} as a domain consumer would (ConsoleIT uses it too).
   */
  static void produce(List<String> values) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + Integer.getInteger("qgate.it.kafka.port", 29092),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer())) {
      for (String value : values) {
        producer.send(new ProducerRecord<>(TOPIC, "UTILITY", value)).get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot write to " + TOPIC, e);
    }
  }

  private static List<JsonObject> items(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<String> ids(ApiClient.Reply reply) {
    return items(reply).stream().map(a -> a.getString("alertId")).toList();
  }

  private static void assertFieldProblem(ApiClient.Reply reply, String field) {
    Problems.assertProblem(reply, 400, "validation-failed");
    assertThat(reply.json().getJsonArray("errors"))
        .as(reply.toString())
        .extracting(e -> e.asJsonObject().getString("field"))
        .contains(field);
  }
}
