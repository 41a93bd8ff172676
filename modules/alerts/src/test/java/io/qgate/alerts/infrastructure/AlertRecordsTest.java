package io.qgate.alerts.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.audit.domain.CanonicalJson;
import io.qgate.platform.domain.alert.Alert;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A {@code qgate.alerts.v1} record, in the shape the alert sinks write it (KafkaAlerts), reads back
 * into the alert; anything else is malformed, with a reason that names the member and never repeats
 * the record.
 */
class AlertRecordsTest {

  private static final String SECRET = "s3cr3t-content";

  @Test
  void aRecordAsTheSinksWriteItReadsBackIntoTheAlert() throws Exception {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("link", "core-grid");
    details.put("qber", 0.2513);
    details.put("keysQuarantined", 12);
    details.put("big", 12345678901234L);
    details.put("flags", List.of(true, "x", Map.of("n", 1)));
    Alert alert =
        new Alert(
            UUID.randomUUID(),
            "LINK_COMPROMISED",
            "CRITICAL",
            "SHARED",
            "LINK",
            "core-grid",
            Instant.parse("2026-11-27T03:00:00.123456Z"),
            "QKD link core-grid compromised",
            details);

    Alert read = AlertRecords.parse(bytes(sinkJson(alert)));

    assertThat(read.alertId()).isEqualTo(alert.alertId());
    assertThat(read.type()).isEqualTo("LINK_COMPROMISED");
    assertThat(read.severity()).isEqualTo("CRITICAL");
    assertThat(read.tenant()).isEqualTo("SHARED");
    assertThat(read.sourceKind()).isEqualTo("LINK");
    assertThat(read.sourceId()).isEqualTo("core-grid");
    assertThat(read.raisedAt()).isEqualTo(alert.raisedAt());
    assertThat(read.message()).isEqualTo(alert.message());
    assertThat(read.details())
        .containsEntry("link", "core-grid")
        .containsEntry("qber", 0.2513)
        .containsEntry("keysQuarantined", 12L)
        .containsEntry("big", 12345678901234L)
        .containsEntry("flags", List.of(true, "x", Map.of("n", 1L)));
    assertThat(CanonicalJson.write(read.details())).isEqualTo(CanonicalJson.write(details));
  }

  @Test
  void detailsMayBeAbsentNullOrHoldNulls() throws Exception {
    Map<String, Object> json = sinkMap(deviceAlert());
    json.remove("details");
    assertThat(AlertRecords.parse(bytes(CanonicalJson.write(json))).details()).isEmpty();
    json.put("details", null);
    assertThat(AlertRecords.parse(bytes(CanonicalJson.write(json))).details()).isEmpty();
    Map<String, Object> withNull = new LinkedHashMap<>();
    withNull.put("gone", null);
    withNull.put("kept", "yes");
    json.put("details", withNull);
    assertThat(AlertRecords.parse(bytes(CanonicalJson.write(json))).details())
        .containsOnlyKeys("kept");
  }

  @Test
  void recordsThatAreNotJsonObjectsAreMalformed() {
    malformed(null, "empty record");
    malformed(new byte[0], "empty record");
    malformed(bytes(SECRET), "not a JSON object");
    malformed(bytes("{\"alertId\": \"" + SECRET), "not a JSON object");
    malformed(bytes("[\"" + SECRET + "\"]"), "not a JSON object");
    malformed(bytes("\"" + SECRET + "\""), "not a JSON object");
    malformed(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, "not UTF-8");
  }

  @Test
  void missingOrWrongMembersAreMalformedNamingTheMember() {
    String[][] cases = {
      {"alertId", null, "alertId is missing"},
      {"alertId", SECRET, "alertId is not a UUID"},
      {"type", null, "type is missing"},
      {"type", " ", "type is blank"},
      {"type", "T".repeat(61), "type is blank or longer than 60"},
      {"severity", null, "severity is missing"},
      {"severity", SECRET, "severity is not one of [INFO, WARNING, CRITICAL]"},
      {"tenant", SECRET, "tenant is not one of"},
      {"tenant", "utility", "tenant is not one of"},
      {"raisedAt", SECRET, "raisedAt is not an ISO-8601 instant"},
      {"raisedAt", null, "raisedAt is missing"},
      {"message", null, "message is missing"},
    };
    for (String[] c : cases) {
      Map<String, Object> json = sinkMap(deviceAlert());
      if (c[1] == null) {
        json.remove(c[0]);
      } else {
        json.put(c[0], c[1]);
      }
      malformed(bytes(CanonicalJson.write(json)), c[2]);
    }

    Map<String, Object> json = sinkMap(deviceAlert());
    json.put("raisedAt", 1764212400000L);
    malformed(bytes(CanonicalJson.write(json)), "raisedAt is missing or not a string");
    json = sinkMap(deviceAlert());
    json.remove("source");
    malformed(bytes(CanonicalJson.write(json)), "source is missing or not an object");
    json.put("source", SECRET);
    malformed(bytes(CanonicalJson.write(json)), "source is missing or not an object");
    json.put("source", Map.of("kind", "SATELLITE", "id", "x"));
    malformed(bytes(CanonicalJson.write(json)), "source.kind is not one of [LINK, DEVICE]");
    json.put("source", Map.of("kind", "DEVICE"));
    malformed(bytes(CanonicalJson.write(json)), "id is missing");
    json.put("source", Map.of("kind", "DEVICE", "id", "d".repeat(201)));
    malformed(bytes(CanonicalJson.write(json)), "source.id is blank or longer than 200");
    json = sinkMap(deviceAlert());
    json.put("details", List.of(SECRET));
    malformed(bytes(CanonicalJson.write(json)), "details is missing or not an object");
  }

  // --- helpers ------------------------------------------------------------------------------

  private static void malformed(byte[] value, String reason) {
    assertThatThrownBy(() -> AlertRecords.parse(value))
        .isInstanceOf(MalformedAlertException.class)
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
  }

  private static Alert deviceAlert() {
    return new Alert(
        UUID.randomUUID(),
        "PMU_FREQUENCY_EXCURSION",
        "WARNING",
        "UTILITY",
        "DEVICE",
        "pmu-1",
        Instant.parse("2026-11-27T03:00:00Z"),
        "frequency 49.2 Hz",
        Map.of("hz", 49.2));
  }

  /** The JSON the key vault's KafkaAlerts writes (docs/asyncapi.yaml, AlertRaised). */
  private static Map<String, Object> sinkMap(Alert alert) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("alertId", alert.alertId().toString());
    json.put("type", alert.type());
    json.put("severity", alert.severity());
    json.put("tenant", alert.tenant());
    json.put("source", Map.of("kind", alert.sourceKind(), "id", alert.sourceId()));
    json.put("raisedAt", alert.raisedAt().toString());
    json.put("message", alert.message());
    json.put("details", alert.details());
    return json;
  }

  private static String sinkJson(Alert alert) {
    return CanonicalJson.write(sinkMap(alert));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
