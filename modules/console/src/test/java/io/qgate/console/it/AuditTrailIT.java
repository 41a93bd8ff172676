package io.qgate.console.it;

import static io.qgate.console.it.PolicyJson.encryption;
import static io.qgate.console.it.PolicyJson.keyIssuance;
import static io.qgate.console.it.PolicyJson.policy;
import static io.qgate.console.it.PolicyJson.subjectOf;
import static io.qgate.console.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on a real Payara Micro and PostgreSQL: it verifies and names a row altered or
 * deleted in SQL, nobody can change it, the platform refuses to act when it cannot record, and
 * auditors export it, read the compliance report and receive it on Kafka.
 */
class AuditTrailIT extends DeployedPlatform {

  private static final String POLICIES = "api/v1/policies";

  // --- the trail ---------------------------------------------------------------------------

  @Test
  void theTrailVerifiesAndNamesARowAlteredOrDeletedInSqlBehindTheTriggers() throws Exception {
    for (int i = 0; i < 3; i++) {
      api.post(DECISIONS, keyIssuance("HOSPITAL", "HEALTH", "PQC", 0.01));
    }
    assertThat(api.post(AUDIT + "/checkpoints", "").status()).isEqualTo(201);
    assertIntact();
    long seq =
        latestAuditEvent("size=1").getJsonNumber("seq").longValue() - 1; // a row in the middle

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
    latestAuditEvent("size=1"); // the trail has rows
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
    ensureCertifiedDevices(); // registering is audited: before the trail is closed
    ItDatabase.execute("REVOKE INSERT ON audit_event FROM qgate_app");
    try {
      var issuance = api.post(DECISIONS, keyIssuance("HOSPITAL", "HEALTH", "QKD", 0.01));
      assertProblem(issuance, 503, "service-unavailable");
      assertThat(issuance.json().getString("detail")).contains("audit trail cannot record it");

      var change = api.put(POLICIES + "/UTILITY/INDUSTRIAL", policy(0, 0.05, "should not land"));
      assertProblem(change, 503, "service-unavailable");
      assertProblem(api.get(POLICIES + "/UTILITY/INDUSTRIAL"), 404, "not-found"); // nothing changed

      // What needs no audit record goes on: an allowed per-record encryption check.
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
    String subject = subjectOf(question);
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
}
