package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policies, device certification and the audit trail on a real Payara Micro and PostgreSQL: every
 * enforcement point denies what the seeded policies forbid, denials and changes land in the trail,
 * the trail detects SQL tampering, and the platform refuses to act when it cannot audit.
 */
class PolicyAuditIT extends DeployedPlatform {

  static final String DECISIONS = "api/v1/policy-decisions";

  /** Registered and certified as their domain's policy requires (see ensureCertifiedDevices). */
  static final String GRID_DEVICE = "it-grid-pmu";

  static final String HEALTH_DEVICE = "it-health-monitor";
  static final String DEVICES = "api/v1/devices";
  private static final String POLICIES = "api/v1/policies";
  private static final String AUDIT = "api/v1/audit";

  // --- seeded policies ---------------------------------------------------------------------

  @Test
  void defaultPoliciesAreSeededPerDomain() {
    var all = api.get(POLICIES);
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body()).contains("\"UTILITY\"", "\"HOSPITAL\"", "\"PLANT\"", "\"SHARED\"");

    JsonObject health = api.get(POLICIES + "/HOSPITAL/HEALTH").json().getJsonObject("rules");
    assertThat(strings(health, "allowedKeyClasses")).containsExactly("HYBRID", "QKD");
    assertThat(health.getBoolean("auditEveryRead")).isTrue();
    JsonObject grid = api.get(POLICIES + "/UTILITY/GRID").json().getJsonObject("rules");
    assertThat(grid.getJsonNumber("maxKeyAgeSeconds").longValue()).isEqualTo(60);
  }

  // --- every enforcement point denies what policy forbids (table-driven) ------------------

  static Stream<Arguments> forbidden() {
    return Stream.of(
        Arguments.of(
            "PQC key for health data",
            keyIssuance("HOSPITAL", "HEALTH", "PQC", 0.01),
            "allowed-key-classes"),
        Arguments.of(
            "QKD key from a noisy link",
            keyIssuance("HOSPITAL", "HEALTH", "QKD", 0.08),
            "max-link-qber"),
        Arguments.of(
            "no policy for the scope",
            keyIssuance("HOSPITAL", "GRID", "QKD", 0.01),
            "policy-in-force"),
        Arguments.of(
            "key for an unregistered device",
            derivation("HOSPITAL", "HEALTH", "no-such-device"),
            "device-registered"),
        Arguments.of(
            "ASCON for health telemetry",
            encryption("HOSPITAL", "HEALTH", "ASCON_AEAD128", 1, 1, HEALTH_DEVICE),
            "allowed-aead-algorithms"),
        Arguments.of(
            "grid key older than 60 s",
            encryption("UTILITY", "GRID", "AES_256_GCM", 61, 1, GRID_DEVICE),
            "max-key-age"),
        Arguments.of(
            "grid key past its message budget",
            encryption("UTILITY", "GRID", "AES_256_GCM", 1, 100000, GRID_DEVICE),
            "max-messages-per-key"),
        Arguments.of(
            "grid operator reading vitals",
            decryption("HOSPITAL", "HEALTH", "grid-operator"),
            "decrypt-reader-roles"),
        Arguments.of("link above the QBER ceiling", linkUse(0.2), "max-link-qber"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbidden")
  void everyEnforcementPointDeniesWhatPolicyForbidsAndAuditsIt(
      String why, String question, String rule) {
    ensureCertifiedDevices();
    var reply = api.post(DECISIONS, question);
    assertProblem(reply, 403, "forbidden");
    assertThat(reply.json().getString("detail")).contains("rule " + rule);

    var dryRun = api.post(DECISIONS + "?dryRun=true", question);
    assertThat(dryRun.status()).isEqualTo(200);
    assertThat(dryRun.json().getBoolean("allowed")).isFalse();
    assertThat(dryRun.json().getString("rule")).isEqualTo(rule);

    String subject =
        Json.read(question).getString("subject", Json.read(question).getString("deviceId", null));
    JsonObject denied = latestEvent("outcome=DENIED&size=1");
    assertThat(denied.getString("subject")).isEqualTo(subject);
    assertThat(denied.getJsonObject("details").getString("rule")).isEqualTo(rule);
  }

  @Test
  void allowedDecisionsReturnTheDecisionAndKeyIssuanceIsAudited() {
    String question = keyIssuance("HOSPITAL", "HEALTH", "HYBRID", 0.02);
    var reply = api.post(DECISIONS, question);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().getBoolean("allowed")).isTrue();
    assertThat(reply.json().getInt("policyVersion")).isPositive();

    JsonObject event = latestEvent("type=KEY_ISSUANCE&outcome=ALLOWED&size=1");
    assertThat(event.getString("subject")).isEqualTo(Json.read(question).getString("subject"));
    assertThat(event.getJsonObject("details").getString("keyClass")).isEqualTo("HYBRID");
  }

  @Test
  void theLinkRegistryEnforcesTheNetworkQberCeiling() {
    String link =
        """
        {"id": "%s", "endpointA": "kme-core-1", "endpointB": "gw-plant-1", "protocol": "BB84_DECOY",
         "channel": {"kind": "FIBRE", "lengthKm": 10, "lossDbPerKm": 0.2},
         "components": {"detectorEfficiency": 0.1, "darkCountProbability": 1e-6,
                        "misalignment": 0.01, "repetitionRateHz": 1e9},
         "qberAlarmThreshold": 0.2}
        """
            .formatted("noisy-" + UUID.randomUUID().toString().substring(0, 8));
    var reply = api.post("api/v1/network/links", link);
    assertProblem(reply, 403, "forbidden");
    assertThat(reply.json().getString("detail")).contains("LINK_USE", "rule max-link-qber");
  }

  // --- device certification ---------------------------------------------------------------

  @Test
  void anUncertifiedExpiredOrRevokedDeviceGetsNoKey() {
    String device = registerDevice("HOSPITAL", "HEALTH");
    assertDenied(
        derivation("HOSPITAL", "HEALTH", device), "required-certification", "holds no FIPS_140_3");

    Instant now = Instant.now();
    certify(
        device, "FIPS_140_3", 2, now.minus(400, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
    assertDenied(derivation("HOSPITAL", "HEALTH", device), "required-certification", "expired");

    String certification =
        certify(
            device, "FIPS_140_3", 3, now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(api.post(DECISIONS, derivation("HOSPITAL", "HEALTH", device)).status())
                    .isEqualTo(200));
    assertThat(
            api.post(DECISIONS, encryption("HOSPITAL", "HEALTH", "AES_256_GCM", 1, 1, device))
                .status())
        .isEqualTo(200);

    var revoked =
        api.post(
            DEVICES + "/" + device + "/certifications/" + certification + "/status",
            "{\"status\": \"REVOKED\", \"reason\": \"key compromise\"}");
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    // Revocation reaches decisions within seconds, also for keys already derived (encryption).
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertDenied(
                    derivation("HOSPITAL", "HEALTH", device), "required-certification", "revoked"));
    assertDenied(
        encryption("HOSPITAL", "HEALTH", "AES_256_GCM", 1, 1, device),
        "required-certification",
        "revoked");

    var reinstate =
        api.post(
            DEVICES + "/" + device + "/certifications/" + certification + "/status",
            "{\"status\": \"ACTIVE\", \"reason\": \"oops\"}");
    assertProblem(reinstate, 409, "conflict");
    JsonObject changed = latestEvent("type=CERTIFICATION_CHANGED&size=1");
    assertThat(changed.getJsonObject("details").getString("to")).isEqualTo("REVOKED");
  }

  @Test
  void aDeviceOfAnotherTenantIsRefused() {
    String device = registerDevice("UTILITY", "GRID");
    assertDenied(derivation("HOSPITAL", "HEALTH", device), "device-tenant", "belongs to UTILITY");
  }

  @Test
  void badDeviceAndCertificationInputIsRefusedWithFieldErrors() {
    assertProblem(
        api.post(
            DEVICES,
            "{\"id\": \"Bad Id\", \"tenant\": \"HOSPITAL\", \"domain\": \"HEALTH\", \"kind\": \"PLC\", \"name\": \"x\"}"),
        400,
        "validation-failed");
    String device = registerDevice("PLANT", "INDUSTRIAL");
    assertProblem(api.post(DEVICES, deviceJson(device, "PLANT", "INDUSTRIAL")), 409, "conflict");
    var badLevel =
        api.post(
            DEVICES + "/" + device + "/certifications",
            certificationJson("IEC_62443_4_2", 5, Instant.now(), Instant.now().plusSeconds(60)));
    assertProblem(badLevel, 400, "validation-failed");
    assertThat(badLevel.body()).contains("requiredCertification.level", "levels 1 to 4");
    var backwards =
        api.post(
            DEVICES + "/" + device + "/certifications",
            certificationJson("IEC_62443_4_2", 2, Instant.now(), Instant.now().minusSeconds(60)));
    assertProblem(backwards, 400, "validation-failed");
    assertProblem(
        api.post(
            DEVICES + "/" + device + "/certifications/not-a-uuid/status",
            "{\"status\": \"REVOKED\", \"reason\": \"x\"}"),
        400,
        "validation-failed");
    assertProblem(api.get(DEVICES + "/no-such-device"), 404, "not-found");
  }

  // --- policy changes ----------------------------------------------------------------------

  @Test
  void aPolicyChangeIsVersionedAuditedWithBeforeAndAfterAndTakesEffectAtOnce() {
    assertProblem(api.get(POLICIES + "/PLANT/NETWORK"), 404, "not-found");
    var first =
        api.put(POLICIES + "/PLANT/NETWORK", policyJson(0, 0.05, "first plant network policy"));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getInt("version")).isEqualTo(1);
    assertThat(api.post(DECISIONS, keyIssuance("PLANT", "NETWORK", "QKD", 0.04)).status())
        .isEqualTo(200);

    var second =
        api.put(POLICIES + "/PLANT/NETWORK", policyJson(1, 0.03, "tighter after the pen test"));
    assertThat(second.json().getInt("version")).isEqualTo(2);
    assertDenied(keyIssuance("PLANT", "NETWORK", "QKD", 0.04), "max-link-qber", "0.03");

    JsonObject change = latestEvent("type=POLICY_CHANGED&tenant=PLANT&size=1");
    JsonObject details = change.getJsonObject("details");
    assertThat(details.getInt("fromVersion")).isEqualTo(1);
    assertThat(details.getJsonObject("before").getJsonNumber("maxLinkQber").doubleValue())
        .isEqualTo(0.05);
    assertThat(details.getJsonObject("after").getJsonNumber("maxLinkQber").doubleValue())
        .isEqualTo(0.03);
    assertThat(details.getString("reason")).isEqualTo("tighter after the pen test");

    assertProblem(
        api.put(POLICIES + "/PLANT/NETWORK", policyJson(1, 0.02, "stale")), 409, "conflict");
    assertThat(api.get(POLICIES + "/PLANT/NETWORK/versions").body())
        .contains("\"version\":1", "\"version\":2");
    assertThat(
            api.get(POLICIES + "/PLANT/NETWORK/versions/1")
                .json()
                .getJsonObject("rules")
                .getJsonNumber("maxLinkQber")
                .doubleValue())
        .isEqualTo(0.05);
    assertProblem(
        api.put(POLICIES + "/PLANT/NETWORK", policyJson(2, 0.9, "too loose")),
        400,
        "validation-failed");
    assertProblem(api.get(POLICIES + "/PLANT/NOWHERE"), 400, "validation-failed");
  }

  // --- the trail ---------------------------------------------------------------------------

  @Test
  void theTrailVerifiesAndNamesARowAlteredOrDeletedInSqlBehindTheTriggers() throws Exception {
    for (int i = 0; i < 3; i++) {
      api.post(DECISIONS, keyIssuance("HOSPITAL", "HEALTH", "PQC", 0.01));
    }
    assertThat(api.post(AUDIT + "/checkpoints", "").status()).isEqualTo(201);
    assertIntact();
    long seq = latestEvent("size=1").getJsonNumber("seq").longValue() - 1; // a row in the middle

    try (Connection insider = ItDatabase.superuser();
        Statement sql = insider.createStatement()) {
      sql.execute("SET session_replication_role = replica"); // triggers (and foreign keys) off
      sql.execute("CREATE TEMP TABLE original AS SELECT * FROM audit_event WHERE seq = " + seq);

      sql.execute("UPDATE audit_event SET actor = 'someone-else' WHERE seq = " + seq);
      assertBreak("ALTERED", seq);

      sql.execute("UPDATE audit_event e SET actor = o.actor FROM original o WHERE e.seq = o.seq");
      assertIntact();

      sql.execute("DELETE FROM audit_event WHERE seq = " + seq);
      assertBreak("DELETED", seq);

      sql.execute("INSERT INTO audit_event SELECT * FROM original");
      assertIntact();
    }
  }

  @Test
  void theApplicationRoleCannotChangeTheTrailAndTheTriggerRefusesEveryone() throws Exception {
    latestEvent("size=1"); // the trail has rows
    try (Connection app =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:"
                    + Integer.getInteger("qgate.it.db.port", 25432)
                    + "/qgate",
                "qgate_app",
                "postgres");
        Statement sql = app.createStatement()) {
      assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_event SET actor = 'x'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_event"))
          .hasMessageContaining("permission denied");
    }
    try (Connection owner = ItDatabase.superuser();
        Statement sql = owner.createStatement()) {
      assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_event SET actor = 'x'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_event"))
          .hasMessageContaining("append-only");
    }
    assertIntact();
  }

  @Test
  void whenTheTrailCannotBeWrittenTheActionIsRefused() throws Exception {
    assertProblem(api.get(POLICIES + "/UTILITY/INDUSTRIAL"), 404, "not-found");
    ItDatabase.execute("REVOKE INSERT ON audit_event FROM qgate_app");
    try {
      var issuance = api.post(DECISIONS, keyIssuance("HOSPITAL", "HEALTH", "QKD", 0.01));
      assertProblem(issuance, 503, "service-unavailable");
      assertThat(issuance.json().getString("detail")).contains("audit trail cannot record it");

      var change =
          api.put(POLICIES + "/UTILITY/INDUSTRIAL", policyJson(0, 0.05, "should not land"));
      assertProblem(change, 503, "service-unavailable");
      assertProblem(api.get(POLICIES + "/UTILITY/INDUSTRIAL"), 404, "not-found"); // nothing changed

      // What needs no audit record goes on: an allowed per-record encryption check.
      ensureCertifiedDevices();
      assertThat(
              api.post(DECISIONS, encryption("UTILITY", "GRID", "AES_256_GCM", 1, 1, GRID_DEVICE))
                  .status())
          .isEqualTo(200);
    } finally {
      ItDatabase.execute("GRANT INSERT ON audit_event TO qgate_app");
    }
    assertThat(api.post(DECISIONS, keyIssuance("HOSPITAL", "HEALTH", "QKD", 0.01)).status())
        .isEqualTo(200);
    assertIntact();
    // Operators alert on this: actions refused because the trail could not record them.
    assertThat(api.get("/metrics").body())
        .containsPattern("qgate_audit_append_failures_total\\S* [1-9]");
  }

  @Test
  void auditorsExportJsonAndCsvWithCheckpointsAndPublicKeys() {
    api.post(DECISIONS, keyIssuance("HOSPITAL", "HEALTH", "PQC", 0.01));
    assertThat(api.post(AUDIT + "/checkpoints", "").status()).isEqualTo(201);

    var json = api.get(AUDIT + "/export?tenant=HOSPITAL&format=json");
    assertThat(json.status()).as(json.toString()).isEqualTo(200);
    JsonObject export = json.json();
    assertThat(export.getJsonArray("publicKeys").getJsonObject(0).getString("pem"))
        .startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(export.getJsonArray("checkpoints")).isNotEmpty();
    assertThat(export.getJsonArray("events"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.asJsonObject().getString("tenant")).isEqualTo("HOSPITAL"))
        .allSatisfy(e -> assertThat(e.asJsonObject().getString("hash")).hasSize(64));

    var csv = api.get(AUDIT + "/export?tenant=HOSPITAL&format=csv");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith(
            "record,seq,event_id,occurred_at,tenant,type,actor,subject,outcome,details,prev_hash,hash,key_id,signature");
    assertThat(csv.body()).contains("\r\npublic-key,", "\r\ncheckpoint,", "\r\nevent,");
    assertThat(csv.body()).doesNotContain(",UTILITY,");

    assertProblem(api.get(AUDIT + "/export?format=xml"), 400, "validation-failed");
    assertProblem(api.get(AUDIT + "/events?from=yesterday"), 400, "validation-failed");
    assertProblem(
        api.get(AUDIT + "/events?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"),
        400,
        "validation-failed");
  }

  @Test
  void theComplianceReportListsDenialsViolationsExpiriesAndKeysByClass() {
    String expiring = registerDevice("HOSPITAL", "HEALTH");
    certify(
        expiring,
        "FIPS_140_3",
        2,
        Instant.now().minus(300, ChronoUnit.DAYS),
        Instant.now().plus(10, ChronoUnit.DAYS));
    String uncertified = registerDevice("HOSPITAL", "HEALTH");
    api.post(DECISIONS, keyIssuance("HOSPITAL", "HEALTH", "QKD", 0.01));
    api.post(
        DECISIONS,
        keyIssuance("HOSPITAL", "HEALTH", "PQC", 0.01)
            .replace("sae-it", "<script>alert(1)</script>"));

    JsonObject report = api.get("api/v1/compliance/HOSPITAL/report").json();
    assertThat(report.getString("tenant")).isEqualTo("HOSPITAL");
    assertThat(report.getJsonNumber("denials").longValue()).isPositive();
    assertThat(
            report.getJsonObject("denialsByRule").getJsonNumber("allowed-key-classes").longValue())
        .isPositive();
    assertThat(report.getJsonObject("keysByClass").getJsonNumber("QKD").longValue()).isPositive();
    assertThat(report.getJsonArray("violations").toString())
        .contains(uncertified)
        .doesNotContain(expiring);
    assertThat(report.getJsonArray("expiringCertifications").toString())
        .contains(expiring)
        .doesNotContain(uncertified);
    assertThat(report.getJsonArray("policies").toString())
        .contains("HEALTH")
        .doesNotContain("GRID");
    assertThat(report.getJsonObject("trail").toString()).contains("rowsChecked");

    var html = api.get("api/v1/compliance/HOSPITAL/report?format=html");
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.contentType()).startsWith("text/html");
    assertThat(html.body())
        .contains("Compliance report: HOSPITAL", expiring, uncertified, "&lt;script&gt;")
        .doesNotContain("<script>");
    assertProblem(api.get("api/v1/compliance/HOSPITAL/report?days=0"), 400, "validation-failed");
    assertProblem(api.get("api/v1/compliance/NOBODY/report"), 400, "validation-failed");
  }

  @Test
  void eventsAreStreamedToKafka() {
    String question = keyIssuance("HOSPITAL", "HEALTH", "PQC", 0.01);
    String subject = Json.read(question).getString("subject");
    api.post(DECISIONS, question);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    "localhost:" + Integer.getInteger("qgate.it.kafka.port", 29092),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of("qgate.audit.v1"));
      List<String> seen = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(500))
                    .forEach(r -> seen.add(r.key() + " " + r.value()));
                return seen.stream().anyMatch(m -> m.contains(subject));
              });
      String message = seen.stream().filter(m -> m.contains(subject)).findFirst().orElseThrow();
      assertThat(message)
          .startsWith("HOSPITAL {\"details\":")
          .contains("\"outcome\":\"DENIED\"", "\"hash\":\"");
    }
  }

  private void assertIntact() {
    JsonObject report = api.get(AUDIT + "/verify").json();
    assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
  }

  private void assertBreak(String kind, long seq) {
    JsonObject report = api.get(AUDIT + "/verify").json();
    assertThat(report.getBoolean("intact")).as(report.toString()).isFalse();
    assertThat(report.getJsonObject("firstBreak").getString("kind")).isEqualTo(kind);
    assertThat(report.getJsonObject("firstBreak").getJsonNumber("seq").longValue()).isEqualTo(seq);
  }

  // --- helpers -----------------------------------------------------------------------------

  static String keyIssuance(String tenant, String domain, String keyClass, double qber) {
    return """
        {"point": "KEY_ISSUANCE", "tenant": "%s", "domain": "%s", "actor": "sae-it",
         "subject": "key-%s", "keyClass": "%s", "qber": %s}"""
        .formatted(tenant, domain, UUID.randomUUID(), keyClass, qber);
  }

  static String derivation(String tenant, String domain, String device) {
    return """
        {"point": "DEVICE_KEY_DERIVATION", "tenant": "%s", "domain": "%s", "actor": "gw-it",
         "deviceId": "%s", "keyClass": "QKD"}"""
        .formatted(tenant, domain, device);
  }

  static String encryption(
      String tenant,
      String domain,
      String algorithm,
      long ageSeconds,
      long messages,
      String device) {
    return """
        {"point": "TELEMETRY_ENCRYPTION", "tenant": "%s", "domain": "%s", "actor": "gw-it",
         "deviceId": "%s", "algorithm": "%s", "keyAgeSeconds": %d, "messagesUnderKey": %d}"""
        .formatted(tenant, domain, device, algorithm, ageSeconds, messages);
  }

  static String decryption(String tenant, String domain, String role) {
    return """
        {"point": "TELEMETRY_DECRYPTION", "tenant": "%s", "domain": "%s", "actor": "alice",
         "deviceId": "dev-%s", "actorRoles": ["%s"], "person": true}"""
        .formatted(tenant, domain, UUID.randomUUID().toString().substring(0, 8), role);
  }

  static String linkUse(double qber) {
    return """
        {"point": "LINK_USE", "tenant": "SHARED", "domain": "NETWORK", "actor": "router",
         "subject": "link-%s", "qber": %s}"""
        .formatted(UUID.randomUUID().toString().substring(0, 8), qber);
  }

  /** Registers the two certified devices the table needs, once per database. */
  void ensureCertifiedDevices() {
    Instant now = Instant.now();
    if (api.post(DEVICES, deviceJson(GRID_DEVICE, "UTILITY", "GRID")).status() == 201) {
      certify(
          GRID_DEVICE,
          "IEC_62443_4_2",
          2,
          now.minus(1, ChronoUnit.DAYS),
          now.plus(365, ChronoUnit.DAYS));
    }
    if (api.post(DEVICES, deviceJson(HEALTH_DEVICE, "HOSPITAL", "HEALTH")).status() == 201) {
      certify(
          HEALTH_DEVICE,
          "FIPS_140_3",
          2,
          now.minus(1, ChronoUnit.DAYS),
          now.plus(365, ChronoUnit.DAYS));
    }
  }

  String registerDevice(String tenant, String domain) {
    String id = "dev-" + UUID.randomUUID().toString().substring(0, 8);
    var reply = api.post(DEVICES, deviceJson(id, tenant, domain));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return id;
  }

  static String deviceJson(String id, String tenant, String domain) {
    return """
        {"id": "%s", "tenant": "%s", "domain": "%s", "kind": "BEDSIDE_MONITOR", "name": "Monitor %s"}"""
        .formatted(id, tenant, domain, id);
  }

  String certify(String device, String scheme, int level, Instant from, Instant to) {
    var reply =
        api.post(
            DEVICES + "/" + device + "/certifications", certificationJson(scheme, level, from, to));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getString("id");
  }

  static String certificationJson(String scheme, int level, Instant from, Instant to) {
    return """
        {"scheme": "%s", "level": %d, "issuer": "NIST CMVP", "certificateNumber": "C-%s",
         "validFrom": "%s", "validTo": "%s"}"""
        .formatted(scheme, level, UUID.randomUUID().toString().substring(0, 6), from, to);
  }

  static String policyJson(int version, double maxQber, String reason) {
    return """
        {"version": %d, "allowedKeyClasses": ["QKD"], "maxLinkQber": %s, "maxKeyAgeSeconds": 600,
         "maxMessagesPerKey": 1000, "allowedAeadAlgorithms": ["AES_256_GCM"],
         "requiredCertification": {"scheme": "ETSI_GS_QKD_016", "level": 2},
         "decryptReaderRoles": ["security-officer"], "auditEveryRead": false,
         "auditRetentionDays": 365, "reason": "%s"}"""
        .formatted(version, maxQber, reason);
  }

  void assertDenied(String question, String rule, String because) {
    var reply = api.post(DECISIONS, question);
    assertProblem(reply, 403, "forbidden");
    assertThat(reply.json().getString("detail")).contains("rule " + rule).contains(because);
  }

  JsonObject latestEvent(String query) {
    var reply = api.get(AUDIT + "/events?" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonValue> items = reply.json().getJsonArray("items");
    assertThat(items).isNotEmpty();
    return items.get(0).asJsonObject();
  }

  static List<String> strings(JsonObject object, String member) {
    return object.getJsonArray(member).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  static void assertProblem(ApiClient.Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("type")).isEqualTo("urn:qgate:problem:" + type);
  }

  /** Parses a JSON text. */
  static final class Json {
    static JsonObject read(String text) {
      try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
        return reader.readObject();
      }
    }
  }
}
