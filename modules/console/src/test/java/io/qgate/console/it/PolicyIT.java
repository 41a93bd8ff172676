package io.qgate.console.it;

import static io.qgate.console.it.PolicyJson.certification;
import static io.qgate.console.it.PolicyJson.decryption;
import static io.qgate.console.it.PolicyJson.derivation;
import static io.qgate.console.it.PolicyJson.encryption;
import static io.qgate.console.it.PolicyJson.keyIssuance;
import static io.qgate.console.it.PolicyJson.linkUse;
import static io.qgate.console.it.PolicyJson.policy;
import static io.qgate.console.it.PolicyJson.subjectOf;
import static io.qgate.console.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policies and device certification on a real Payara Micro and PostgreSQL: the seeded policies,
 * every enforcement point denying what they forbid (and the denial in the trail), certifications
 * that lapse or are revoked, and policy changes that are versioned, audited and take effect at
 * once. The trail itself is {@link AuditTrailIT}'s.
 */
class PolicyIT extends DeployedPlatform {

  private static final String POLICIES = "api/v1/policies";

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

    String subject = subjectOf(question);
    JsonObject denied = latestAuditEvent("outcome=DENIED&size=1");
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

    JsonObject event = latestAuditEvent("type=KEY_ISSUANCE&outcome=ALLOWED&size=1");
    assertThat(event.getString("subject")).isEqualTo(subjectOf(question));
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
    JsonObject changed = latestAuditEvent("type=CERTIFICATION_CHANGED&size=1");
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
    assertProblem(
        api.post(DEVICES, PolicyJson.device(device, "PLANT", "INDUSTRIAL")), 409, "conflict");
    var badLevel =
        api.post(
            DEVICES + "/" + device + "/certifications",
            certification("IEC_62443_4_2", 5, Instant.now(), Instant.now().plusSeconds(60)));
    assertProblem(badLevel, 400, "validation-failed");
    assertThat(badLevel.body()).contains("requiredCertification.level", "levels 1 to 4");
    var backwards =
        api.post(
            DEVICES + "/" + device + "/certifications",
            certification("IEC_62443_4_2", 2, Instant.now(), Instant.now().minusSeconds(60)));
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
    var first = api.put(POLICIES + "/PLANT/NETWORK", policy(0, 0.05, "first plant network policy"));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getInt("version")).isEqualTo(1);
    assertThat(api.post(DECISIONS, keyIssuance("PLANT", "NETWORK", "QKD", 0.04)).status())
        .isEqualTo(200);

    var second =
        api.put(POLICIES + "/PLANT/NETWORK", policy(1, 0.03, "tighter after the pen test"));
    assertThat(second.json().getInt("version")).isEqualTo(2);
    assertDenied(keyIssuance("PLANT", "NETWORK", "QKD", 0.04), "max-link-qber", "0.03");

    JsonObject change = latestAuditEvent("type=POLICY_CHANGED&tenant=PLANT&size=1");
    JsonObject details = change.getJsonObject("details");
    assertThat(details.getInt("fromVersion")).isEqualTo(1);
    assertThat(details.getJsonObject("before").getJsonNumber("maxLinkQber").doubleValue())
        .isEqualTo(0.05);
    assertThat(details.getJsonObject("after").getJsonNumber("maxLinkQber").doubleValue())
        .isEqualTo(0.03);
    assertThat(details.getString("reason")).isEqualTo("tighter after the pen test");

    assertProblem(api.put(POLICIES + "/PLANT/NETWORK", policy(1, 0.02, "stale")), 409, "conflict");
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
        api.put(POLICIES + "/PLANT/NETWORK", policy(2, 0.9, "too loose")),
        400,
        "validation-failed");
    assertProblem(api.get(POLICIES + "/PLANT/NOWHERE"), 400, "validation-failed");
  }

  private void assertDenied(String question, String rule, String because) {
    var reply = api.post(DECISIONS, question);
    assertProblem(reply, 403, "forbidden");
    assertThat(reply.json().getString("detail")).contains("rule " + rule).contains(because);
  }

  private static List<String> strings(JsonObject object, String member) {
    return object.getJsonArray(member).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
