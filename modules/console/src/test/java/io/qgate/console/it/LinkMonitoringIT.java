package io.qgate.console.it;

import static io.qgate.console.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.qgate.devstack.pki.ClientCredentials;
import io.qgate.devstack.pki.DevPki;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live link monitoring on a real Payara Micro, through HTTP only: the health and time series of a
 * running link (served by the key vault under the network module's {@code network/links} path, next
 * to the registry's own link resource), an intercept-resend eavesdropper caught within a few
 * windows — the link marked compromised, its suspect keys quarantined, ETSI enc_keys over mutual
 * TLS refused, an alert on {@code qgate.alerts.v1}, the audit trail — and an operator clearing it.
 * The attack runs on a link and SAE pair of its own, so the demo links other classes use are left
 * alone.
 */
class LinkMonitoringIT extends DeployedPlatform {

  private static final String LINKS = "api/v1/network/links/";
  private static final String ALERTS = "qgate.alerts.v1";

  private static DevPki pki;
  private static KafkaConsumer<String, String> alerts;
  private static final List<Alert> seenAlerts = new CopyOnWriteArrayList<>();

  private record Alert(String key, JsonObject value) {}

  @BeforeAll
  static void subscribeToAlerts() {
    pki = DevPki.ensure(VaultSettings.work().resolve("pki"));
    alerts =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + Integer.getInteger("qgate.it.kafka.port", 29092),
                ConsumerConfig.GROUP_ID_CONFIG,
                "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer());
    alerts.subscribe(List.of(ALERTS));
  }

  @AfterAll
  static void closeConsumer() {
    if (alerts != null) {
      alerts.close();
    }
  }

  // --- health and time series of a running demo link ----------------------------------------

  @Test
  void aRunningDemoLinkHasHealthAndATimeSeriesThatGrows() {
    // The grid gateway <-> core link of the demo topology (db/migration/V2), 25 km of fibre.
    String link = "core-grid";
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonObject health = ok(api.get(LINKS + link + "/health"));
              assertThat(health.getString("linkId")).isEqualTo(link);
              assertThat(health.getString("state")).isIn("RUNNING", "POOL_FULL");
              assertThat(health.getBoolean("usable")).isTrue();
              assertThat(health.getJsonNumber("qber").doubleValue()).isBetween(0.005, 0.08);
              assertThat(health.getJsonNumber("secretBitsPerSecond").doubleValue()).isPositive();
              assertThat(Instant.parse(health.getString("updatedAt"))).isNotNull();
              assertThat(absent(health, "compromisedAt"))
                  .as("%s without compromisedAt", health)
                  .isTrue();
              assertThat(absent(health, "eavesdropper"))
                  .as("%s without eavesdropper", health)
                  .isTrue();
            });

    // One point a second: the series is non-empty at once and keeps growing.
    int first = points(link, "").size();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(points(link, "")).hasSizeGreaterThanOrEqualTo(first + 3));
    List<JsonObject> points = points(link, "");
    JsonObject last = points.get(points.size() - 1);
    assertThat(last.getJsonNumber("qber").doubleValue()).isBetween(0.005, 0.08);
    assertThat(last.getJsonNumber("siftedBitsPerSecond").doubleValue())
        .isGreaterThan(last.getJsonNumber("secretBitsPerSecond").doubleValue())
        .isPositive();
    assertThat(last.getJsonNumber("poolBits").longValue()).isPositive();
    assertThat(last.getString("status")).isIn("RUNNING", "POOL_FULL");
    assertThat(points)
        .extracting(p -> Instant.parse(p.getString("at")))
        .isSortedAccordingTo(Instant::compareTo);

    // An explicit range in buckets of a minute: one bucket holding the means.
    Instant to = Instant.now().plusSeconds(1);
    var bucketed =
        ok(
            api.get(
                LINKS
                    + link
                    + "/telemetry?from="
                    + to.minusSeconds(60)
                    + "&to="
                    + to
                    + "&step=60"));
    assertThat(bucketed.getString("linkId")).isEqualTo(link);
    assertThat(bucketed.getInt("stepSeconds")).isEqualTo(60);
    assertThat(bucketed.getJsonArray("samples")).hasSizeBetween(1, 2);
  }

  @Test
  void theLinkRunnersKeepFillingAfterAPolicyChangeDropsTheCachedPolicies() throws Exception {
    // As if another instance changed a policy: every instance drops its cached policies, and the
    // runners' next tick reads the network policy again from their own scheduler thread. That
    // read once failed on every tick after the first, and every pool stopped filling.
    ItDatabase.execute("UPDATE cache_epoch SET epoch = epoch + 1 WHERE name = 'policy'");
    Thread.sleep(2_000); // a poll interval (500 ms) and a tick (1 s)
    int first = points("core-grid", "").size();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> assertThat(points("core-grid", "")).hasSizeGreaterThanOrEqualTo(first + 3));
  }

  @Test
  void badTelemetryQueriesAreProblemsNamingTheFieldAndUnknownLinksAreNotFound() {
    String telemetry = LINKS + "core-grid/telemetry";
    assertFieldProblem(api.get(telemetry + "?step=0"), "step");
    assertFieldProblem(api.get(telemetry + "?step=86401"), "step");
    assertFieldProblem(api.get(telemetry + "?step=soon"), "step");
    assertFieldProblem(api.get(telemetry + "?from=yesterday"), "from");
    assertFieldProblem(api.get(telemetry + "?to=2026-13-01T00:00:00Z"), "to");
    assertFieldProblem(
        api.get(telemetry + "?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"), "from");
    // A year in one-second buckets: far more than 10,000 points.
    var tooMany = api.get(telemetry + "?from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z");
    assertFieldProblem(tooMany, "step");
    assertThat(tooMany.json().getString("detail")).contains("at most 10000");

    for (String path :
        List.of(
            "no-such-link/health", "no-such-link/telemetry", "no-such-link/telemetry?step=60")) {
      assertProblem(api.get(LINKS + path), 404, "not-found");
    }
    assertProblem(
        api.post(LINKS + "no-such-link/eavesdropper", "{\"attack\": \"PNS\"}"), 404, "not-found");
    assertProblem(api.delete(LINKS + "no-such-link/eavesdropper"), 404, "not-found");
    assertProblem(
        api.post(LINKS + "no-such-link/clear", "{\"reason\": \"test\"}"), 404, "not-found");

    // The network registry's own link resource still answers on the same path.
    JsonObject registry = ok(api.get(LINKS + "core-grid"));
    assertThat(registry.getString("protocol")).isNotBlank();
    assertThat(ok(api.get("api/v1/network/links?size=200")).getJsonArray("items")).isNotEmpty();
  }

  // --- an eavesdropper caught, and cleared ----------------------------------------------------

  @Test
  void anInterceptResendEavesdropperIsCaughtItsKeysQuarantinedAndAnOperatorClearsTheLink()
      throws Exception {
    String link = registerPair("mon");
    URI https = etsiUri();
    EtsiClient master = EtsiClient.as(https, credentials("sae-mon-a"));
    EtsiClient slave = EtsiClient.as(https, credentials("sae-mon-b"));
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                var status = master.get("sae-mon-b/status");
                return status.status() == 200
                    && status.json().getJsonNumber("stored_key_count").longValue() >= 8;
              });
      JsonObject honest = ok(api.get(LINKS + link + "/health"));
      assertThat(honest.getString("state")).isIn("RUNNING", "POOL_FULL");
      double honestQber = honest.getJsonNumber("qber").doubleValue();
      assertThat(honestQber).isLessThan(0.08);

      // Keys the master holds before the attack; the slave has not fetched the second yet.
      var before = master.post("sae-mon-b/enc_keys", "{\"number\": 2}");
      assertThat(before.status()).as(before.toString()).isEqualTo(200);
      String fetched = keyId(before, 0);
      String pending = keyId(before, 1);
      var early = slave.get("sae-mon-a/dec_keys?key_ID=" + fetched);
      assertThat(early.status()).as(early.toString()).isEqualTo(200);

      // Eve measures every photon.
      var attached =
          api.post(
              LINKS + link + "/eavesdropper",
              "{\"attack\": \"INTERCEPT_RESEND\", \"fraction\": 1.0}");
      JsonObject attachedHealth = ok(attached);
      JsonObject eve = attachedHealth.getJsonObject("eavesdropper");
      assertThat(eve.getString("attack")).isEqualTo("INTERCEPT_RESEND");
      assertThat(eve.getJsonNumber("fraction").doubleValue()).isEqualTo(1.0);
      assertThat(eve.getString("attachedBy")).isNotBlank();
      assertThat(Instant.parse(eve.getString("attachedAt"))).isNotNull();

      // Within a few windows: compromised, at the intercept-resend QBER of about 25 %.
      JsonObject compromised =
          await()
              .atMost(Duration.ofSeconds(20))
              .pollInterval(Duration.ofMillis(250))
              .until(
                  () -> ok(api.get(LINKS + link + "/health")),
                  h -> h.getString("state").equals("COMPROMISED"));
      assertThat(compromised.getBoolean("usable")).isFalse();
      assertThat(compromised.getJsonNumber("qber").doubleValue()).isCloseTo(0.25, within(0.02));
      assertThat(Instant.parse(compromised.getString("compromisedAt")))
          .isAfterOrEqualTo(Instant.parse(eve.getString("attachedAt")).minusSeconds(5));
      assertThat(compromised.getString("compromiseReason"))
          .contains("QBER", "above the link's alarm threshold 0.0800");

      // No key comes from the link over ETSI while it is compromised (each instance reads the
      // mark at most a second late) ...
      await()
          .atMost(Duration.ofSeconds(5))
          .pollInterval(Duration.ofMillis(200))
          .untilAsserted(
              () ->
                  assertEtsiError(
                      master.post("sae-mon-b/enc_keys", "{\"number\": 1}"),
                      503,
                      "QKD link " + link + " is compromised"));
      assertEtsiError(master.get("sae-mon-b/enc_keys"), 503, "until an operator clears it");
      // ... and the key reserved just before the attack, in the suspect window, is gone.
      assertEtsiError(
          slave.get("sae-mon-a/dec_keys?key_ID=" + pending), 400, pending + " is no longer");
      assertEtsiError(slave.get("sae-mon-a/dec_keys?key_ID=" + pending), 400, "(quarantined)");
      JsonObject quarantinedKey = ok(api.get("api/v1/key-vault/keys/" + pending));
      assertThat(quarantinedKey.getString("state")).isEqualTo("QUARANTINED");
      assertThat(absent(quarantinedKey, "kekId")).as("%s without kekId", quarantinedKey).isTrue();

      // The time series shows the compromise: no secret key while it lasts.
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(points(link, ""))
                      .anySatisfy(
                          p -> {
                            assertThat(p.getString("status")).isEqualTo("COMPROMISED");
                            assertThat(p.getJsonNumber("qber").doubleValue())
                                .isCloseTo(0.25, within(0.02));
                            assertThat(p.getJsonNumber("secretBitsPerSecond").doubleValue())
                                .isZero();
                          }));

      // The alert, as docs/asyncapi.yaml describes it.
      JsonObject alert = awaitAlert(link, "LINK_COMPROMISED");
      assertThat(UUID.fromString(alert.getString("alertId"))).isNotNull();
      assertThat(alert.getString("severity")).isEqualTo("CRITICAL");
      assertThat(alert.getString("tenant")).isEqualTo("SHARED");
      assertThat(alert.getJsonObject("source").getString("kind")).isEqualTo("LINK");
      assertThat(alert.getJsonObject("source").getString("id")).isEqualTo(link);
      assertThat(Instant.parse(alert.getString("raisedAt"))).isNotNull();
      assertThat(alert.getString("message")).contains("QKD link " + link + " compromised");
      JsonObject details = alert.getJsonObject("details");
      assertThat(details.getString("link")).isEqualTo(link);
      assertThat(details.getString("rule")).isEqualTo("link-alarm");
      assertThat(details.getString("reason")).isEqualTo(compromised.getString("compromiseReason"));
      assertThat(details.getJsonNumber("qber").doubleValue()).isCloseTo(0.25, within(0.02));
      assertThat(details.getJsonNumber("qberAlarmThreshold").doubleValue()).isEqualTo(0.08);
      assertThat(details.getString("quarantineProducedAfter")).isNotBlank();
      // At least the key reserved before the attack; the pool blocks deposited since the last good
      // window, which may be none (a full pool takes nothing until keys are drawn).
      assertThat(details.getJsonNumber("keysQuarantined").longValue()).isPositive();
      assertThat(details.getJsonNumber("poolBitsDiscarded").longValue()).isNotNegative();
      assertThat(alertKey(link, "LINK_COMPROMISED")).isEqualTo("SHARED");

      // The trail: the attachment, by whoever attached it, then monitoring's decision.
      JsonObject attachedEvent = auditEvent("EAVESDROPPER_ATTACHED", link);
      assertThat(attachedEvent.getString("actor")).isEqualTo(eve.getString("attachedBy"));
      assertThat(attachedEvent.getJsonObject("details").getString("attack"))
          .isEqualTo("INTERCEPT_RESEND");
      JsonObject compromisedEvent = auditEvent("LINK_COMPROMISED", link);
      assertThat(compromisedEvent.getString("actor")).isEqualTo("link-monitor");
      assertThat(compromisedEvent.getString("tenant")).isEqualTo("SHARED");
      assertThat(compromisedEvent.getJsonObject("details").getJsonNumber("qber").doubleValue())
          .isCloseTo(0.25, within(0.02));
      assertThat(compromisedEvent.getJsonNumber("seq").longValue())
          .isGreaterThan(attachedEvent.getJsonNumber("seq").longValue());
      assertThat(auditEvent("KEY_QUARANTINED", link).getString("actor")).isEqualTo("link-monitor");

      // With Eve still on the line, the network policy refuses to clear the link at 25 %.
      var refused = api.post(LINKS + link + "/clear", "{\"reason\": \"too early\"}");
      assertProblem(refused, 403, "forbidden");
      assertThat(refused.json().getString("detail")).contains("max-link-qber");

      // Eve leaves: the link measures an honest QBER again but stays compromised until cleared.
      JsonObject detached = ok(api.delete(LINKS + link + "/eavesdropper"));
      assertThat(absent(detached, "eavesdropper")).as("%s without eavesdropper", detached).isTrue();
      assertThat(detached.getString("state")).isEqualTo("COMPROMISED");
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(250))
          .untilAsserted(
              () -> {
                JsonObject h = ok(api.get(LINKS + link + "/health"));
                assertThat(h.getString("state")).isEqualTo("COMPROMISED");
                assertThat(h.getJsonNumber("qber").doubleValue()).isLessThan(0.08);
              });
      assertEtsiError(master.post("sae-mon-b/enc_keys", "{}"), 503, "is compromised");
      assertThat(auditEvent("EAVESDROPPER_DETACHED", link)).isNotNull();

      // An operator clears it: usable again, key flows again.
      JsonObject cleared =
          ok(
              api.post(
                  LINKS + link + "/clear", "{\"reason\": \"fibre tap removed at splice box 7\"}"));
      // (state: the runner's status, RUNNING from the next window on; below)
      assertThat(cleared.getBoolean("usable")).isTrue();
      assertThat(absent(cleared, "compromisedAt")).as("%s without compromisedAt", cleared).isTrue();
      JsonObject clearedEvent = auditEvent("LINK_CLEARED", link);
      assertThat(clearedEvent.getJsonObject("details").getString("reason"))
          .isEqualTo("fibre tap removed at splice box 7");
      assertThat(clearedEvent.getJsonObject("details").getString("compromiseReason"))
          .isEqualTo(compromised.getString("compromiseReason"));

      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () -> {
                JsonObject h = ok(api.get(LINKS + link + "/health"));
                assertThat(h.getString("state")).isIn("RUNNING", "POOL_FULL");
                assertThat(h.getJsonNumber("qber").doubleValue()).isLessThan(0.08);
                assertThat(h.getJsonNumber("secretBitsPerSecond").doubleValue()).isPositive();
              });
      var after =
          await()
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(500))
              .until(() -> master.post("sae-mon-b/enc_keys", "{}"), r -> r.status() == 200);
      var delivered = slave.get("sae-mon-a/dec_keys?key_ID=" + keyId(after, 0));
      assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
      assertThat(delivered.json().getJsonArray("keys").getJsonObject(0).getString("key"))
          .isEqualTo(after.json().getJsonArray("keys").getJsonObject(0).getString("key"));

      JsonObject clearedAlert = awaitAlert(link, "LINK_CLEARED");
      assertThat(clearedAlert.getString("severity")).isEqualTo("INFO");
      assertThat(clearedAlert.getJsonObject("details").getString("reason"))
          .isEqualTo("fibre tap removed at splice box 7");
      assertThat(clearedAlert.getJsonObject("details").getString("compromiseReason"))
          .isEqualTo(compromised.getString("compromiseReason"));

      // Nothing left to clear or detach.
      assertProblem(api.post(LINKS + link + "/clear", "{\"reason\": \"again\"}"), 409, "conflict");
      assertProblem(api.delete(LINKS + link + "/eavesdropper"), 404, "not-found");
    } finally {
      // Leave no eavesdropper running on the shared database whatever failed above.
      api.delete(LINKS + link + "/eavesdropper");
    }
  }

  // --- bad input ----------------------------------------------------------------------------

  @Test
  void badEavesdropperAndClearRequestsAreProblemsNamingTheField() {
    // A link of its own: should validation let something through, no other test's link suffers.
    String link = registerSharedLink("monbad");
    String eavesdropper = LINKS + link + "/eavesdropper";
    assertFieldProblem(
        api.post(eavesdropper, "{\"attack\": \"SNOOPING\", \"fraction\": 0.5}"), "attack");
    assertFieldProblem(api.post(eavesdropper, "{\"fraction\": 0.5}"), "attack");
    assertFieldProblem(
        api.post(eavesdropper, "{\"attack\": \"INTERCEPT_RESEND\", \"fraction\": 0}"), "fraction");
    assertFieldProblem(
        api.post(eavesdropper, "{\"attack\": \"INTERCEPT_RESEND\", \"fraction\": -0.1}"),
        "fraction");
    assertFieldProblem(
        api.post(eavesdropper, "{\"attack\": \"INTERCEPT_RESEND\", \"fraction\": 1.01}"),
        "fraction");
    assertFieldProblem(api.post(eavesdropper, "{\"attack\": \"INTERCEPT_RESEND\"}"), "fraction");
    assertFieldProblem(
        api.post(eavesdropper, "{\"attack\": \"PNS\", \"fraction\": 0.5}"), "fraction");
    assertProblem(api.post(eavesdropper, "{\"attack\": "), 400, "malformed-request");

    String clear = LINKS + link + "/clear";
    assertFieldProblem(api.post(clear, "{}"), "reason");
    assertFieldProblem(api.post(clear, "{\"reason\": \"  \"}"), "reason");
    assertFieldProblem(api.post(clear, "{\"reason\": \"" + "x".repeat(501) + "\"}"), "reason");
    assertProblem(api.send("POST", clear, "application/json", null), 400, "malformed-request");

    // Nothing was attached, and a link that is not compromised has nothing to clear.
    JsonObject health = ok(api.get(LINKS + link + "/health"));
    assertThat(absent(health, "eavesdropper")).as("%s without eavesdropper", health).isTrue();
    assertProblem(api.post(clear, "{\"reason\": \"nothing happened\"}"), 409, "conflict");
    assertThat(auditEvents("EAVESDROPPER_ATTACHED", link)).isEmpty();
  }

  // --- helpers ------------------------------------------------------------------------------

  private List<JsonObject> points(String link, String query) {
    return ok(api.get(LINKS + link + "/telemetry" + query))
        .getJsonArray("samples")
        .getValuesAs(JsonObject.class);
  }

  /**
   * Two nodes 10 km apart with a link (alarm threshold 8 %) and an SAE each: {@code sae-<name>-a},
   * {@code sae-<name>-b}.
   */
  private String registerPair(String name) {
    String link = registerSharedLink(name);
    for (String end : new String[] {"a", "b"}) {
      var sae =
          api.post(
              "api/v1/key-vault/saes",
              "{\"saeId\": \"sae-%s-%s\", \"nodeId\": \"%s-%s\"}".formatted(name, end, name, end));
      assertThat(sae.status()).as(sae.toString()).isEqualTo(201);
    }
    return link;
  }

  /** The Arquillian instance's ETSI listener: HTTPS with client certificates required. */
  private URI etsiUri() {
    return URI.create(
        "https://localhost:" + DevStackExtension.httpsPort() + deploymentUrl.getPath());
  }

  private static ClientCredentials credentials(String saeId) {
    return pki.issueClient(saeId, VaultSettings.work().resolve("monitoring-clients"));
  }

  private static String keyId(EtsiClient.Reply reply, int index) {
    return reply.json().getJsonArray("keys").getJsonObject(index).getString("key_ID");
  }

  private JsonObject auditEvent(String type, String link) {
    List<JsonObject> events = auditEvents(type, link);
    assertThat(events).as("%s of link %s in the trail", type, link).isNotEmpty();
    return events.get(0);
  }

  /** The trail's events of a type about a link, newest first. */
  private List<JsonObject> auditEvents(String type, String link) {
    return ok(api.get("api/v1/audit/events?tenant=SHARED&type=" + type + "&size=200"))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.getString("subject").equals("link " + link))
        .toList();
  }

  private static JsonObject awaitAlert(String link, String type) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              pollAlerts();
              return findAlert(link, type);
            },
            a -> a != null)
        .value();
  }

  private static String alertKey(String link, String type) {
    return seenAlerts.stream()
        .filter(a -> matches(a.value(), link, type))
        .findFirst()
        .orElseThrow()
        .key();
  }

  private static Alert findAlert(String link, String type) {
    return seenAlerts.stream().filter(a -> matches(a.value(), link, type)).findFirst().orElse(null);
  }

  private static boolean matches(JsonObject alert, String link, String type) {
    return alert.getString("type", "").equals(type)
        && alert.containsKey("source")
        && alert.get("source").getValueType() == JsonValue.ValueType.OBJECT
        && alert.getJsonObject("source").getString("id", "").equals(link);
  }

  private static synchronized void pollAlerts() {
    alerts
        .poll(Duration.ofMillis(500))
        .forEach(
            r -> {
              try (var reader = Json.createReader(new StringReader(r.value()))) {
                seenAlerts.add(new Alert(r.key(), reader.readObject()));
              }
            });
  }

  /** JSON-B leaves null members out. */
  private static boolean absent(JsonObject object, String member) {
    return !object.containsKey(member) || object.isNull(member);
  }

  private static JsonObject ok(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    return reply.json();
  }

  private static void assertFieldProblem(ApiClient.Reply reply, String field) {
    assertProblem(reply, 400, "validation-failed");
    assertThat(reply.json().getJsonArray("errors"))
        .as(reply.toString())
        .extracting(e -> e.asJsonObject().getString("field"))
        .contains(field);
  }

  private static void assertEtsiError(EtsiClient.Reply reply, int status, String message) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    JsonObject error = reply.json();
    assertThat(error.getString("message")).contains(message);
    assertThat(error.keySet()).isSubsetOf(List.of("message", "details"));
  }
}
