package io.qgate.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.certification.domain.CertificationFacts;
import io.qgate.certification.domain.CertificationRequirement;
import io.qgate.certification.domain.CertificationScheme;
import io.qgate.certification.domain.CertificationStatus;
import io.qgate.certification.domain.DeviceStanding;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.PolicyQuestion.DeviceKeyDerivation;
import io.qgate.policy.domain.PolicyQuestion.KeyIssuance;
import io.qgate.policy.domain.PolicyQuestion.LinkUse;
import io.qgate.policy.domain.PolicyQuestion.TelemetryDecryption;
import io.qgate.policy.domain.PolicyQuestion.TelemetryEncryption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every enforcement point, every rule: what the health policy allows and what it denies. */
class DecisionRulesTest {

  static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  static final PolicyScope HEALTH = new PolicyScope(Tenant.HOSPITAL, PolicyDomain.HEALTH);
  static final PolicySnapshot POLICY =
      new PolicySnapshot(
          HEALTH,
          3,
          new PolicyRules(
              Set.of(KeyClass.QKD, KeyClass.HYBRID),
              0.05,
              Duration.ofSeconds(300),
              1_000,
              Set.of(AeadAlgorithm.AES_256_GCM),
              Optional.of(new CertificationRequirement(CertificationScheme.FIPS_140_3, 2)),
              Set.of("hospital-operator"),
              true,
              2190));

  static final Map<String, DeviceStanding> DEVICES =
      Map.of(
          "certified",
              device("certified", Tenant.HOSPITAL, cert(2, CertificationStatus.ACTIVE, -10, 300)),
          "level-1",
              device("level-1", Tenant.HOSPITAL, cert(1, CertificationStatus.ACTIVE, -10, 300)),
          "expired",
              device("expired", Tenant.HOSPITAL, cert(2, CertificationStatus.ACTIVE, -400, -1)),
          "not-yet",
              device("not-yet", Tenant.HOSPITAL, cert(2, CertificationStatus.ACTIVE, 5, 300)),
          "suspended",
              device(
                  "suspended", Tenant.HOSPITAL, cert(2, CertificationStatus.SUSPENDED, -10, 300)),
          "revoked",
              device(
                  "revoked",
                  Tenant.HOSPITAL,
                  cert(2, CertificationStatus.ACTIVE, -400, -1),
                  cert(3, CertificationStatus.REVOKED, -10, 300)),
          "grid-pmu",
              device("grid-pmu", Tenant.UTILITY, cert(2, CertificationStatus.ACTIVE, -10, 300)));

  static Stream<Arguments> questions() {
    return Stream.of(
        // key issuance
        row(new KeyIssuance(HEALTH, "sae-1", "k1", KeyClass.QKD, 0.02), null, null),
        row(new KeyIssuance(HEALTH, "sae-1", "k1", KeyClass.HYBRID, 0.05), null, null),
        row(
            new KeyIssuance(HEALTH, "sae-1", "k1", KeyClass.PQC, 0.02),
            PolicyRule.KEY_CLASS,
            "PQC is not allowed (allowed: HYBRID, QKD)"),
        row(
            new KeyIssuance(HEALTH, "sae-1", "k1", KeyClass.QKD, 0.0501),
            PolicyRule.LINK_QBER,
            "exceeds the ceiling 0.05"),
        // device-key derivation
        row(new DeviceKeyDerivation(HEALTH, "gw", "certified", KeyClass.QKD), null, null),
        row(
            new DeviceKeyDerivation(HEALTH, "gw", "certified", KeyClass.PQC),
            PolicyRule.KEY_CLASS,
            "PQC"),
        row(
            new DeviceKeyDerivation(HEALTH, "gw", "unknown", KeyClass.QKD),
            PolicyRule.DEVICE_REGISTERED,
            "not registered"),
        row(
            new DeviceKeyDerivation(HEALTH, "gw", "grid-pmu", KeyClass.QKD),
            PolicyRule.DEVICE_TENANT,
            "belongs to UTILITY"),
        row(
            new DeviceKeyDerivation(HEALTH, "gw", "level-1", KeyClass.QKD),
            PolicyRule.DEVICE_CERTIFICATION,
            "holds no FIPS_140_3 level 2"),
        row(
            new DeviceKeyDerivation(HEALTH, "gw", "expired", KeyClass.QKD),
            PolicyRule.DEVICE_CERTIFICATION,
            "expired at"),
        row(
            new DeviceKeyDerivation(HEALTH, "gw", "not-yet", KeyClass.QKD),
            PolicyRule.DEVICE_CERTIFICATION,
            "not valid before"),
        row(
            new DeviceKeyDerivation(HEALTH, "gw", "suspended", KeyClass.QKD),
            PolicyRule.DEVICE_CERTIFICATION,
            "is suspended"),
        row(
            new DeviceKeyDerivation(HEALTH, "gw", "revoked", KeyClass.QKD),
            PolicyRule.DEVICE_CERTIFICATION,
            "was revoked"),
        // telemetry encryption (a revoked device's existing keys stop working too)
        row(encryption("certified", AeadAlgorithm.AES_256_GCM, 300, 999), null, null),
        row(
            encryption("certified", AeadAlgorithm.ASCON_AEAD128, 1, 1),
            PolicyRule.AEAD_ALGORITHM,
            "ASCON_AEAD128 is not allowed"),
        row(
            encryption("certified", AeadAlgorithm.AES_256_GCM, 301, 1),
            PolicyRule.KEY_AGE,
            "rotate it at least every 300 s"),
        row(
            encryption("certified", AeadAlgorithm.AES_256_GCM, 1, 1000),
            PolicyRule.MESSAGES_PER_KEY,
            "the limit is 1000"),
        row(
            encryption("revoked", AeadAlgorithm.AES_256_GCM, 1, 1),
            PolicyRule.DEVICE_CERTIFICATION,
            "was revoked"),
        // reads of decrypted data
        row(
            new TelemetryDecryption(
                HEALTH, "alice", Set.of("hospital-operator", "x"), true, "certified"),
            null,
            null),
        row(
            new TelemetryDecryption(HEALTH, "bob", Set.of("grid-operator"), true, "certified"),
            PolicyRule.READER_ROLE,
            "bob holds none of the roles hospital-operator"),
        row(
            new TelemetryDecryption(HEALTH, "svc", Set.of(), false, "certified"),
            PolicyRule.READER_ROLE,
            "holds none"),
        // link use
        row(new LinkUse(HEALTH, "router", "l1", 0.05), null, null),
        row(new LinkUse(HEALTH, "router", "l1", 0.11), PolicyRule.LINK_QBER, "0.11 exceeds"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("questions")
  void decides(PolicyQuestion question, PolicyRule deniedBy, String because) {
    Decision decision =
        DecisionRules.decide(
            question, Optional.of(POLICY), question.device().map(DEVICES::get), NOW);

    assertThat(decision.point()).isEqualTo(question.point());
    assertThat(decision.policyVersion()).isEqualTo(3);
    if (deniedBy == null) {
      assertThat(decision.allowed()).as(decision.explanation()).isTrue();
      assertThat(decision.rule()).isEmpty();
    } else {
      assertThat(decision.allowed()).isFalse();
      assertThat(decision.rule()).contains(deniedBy);
      assertThat(decision.reason()).contains(because);
      assertThat(decision.explanation())
          .startsWith(
              question.point() + " denied by policy HOSPITAL/HEALTH v3, rule " + deniedBy.id());
    }
  }

  @Test
  void withoutAPolicyEverythingIsDenied() {
    Decision decision =
        DecisionRules.decide(
            new LinkUse(HEALTH, "router", "l1", 0.0), Optional.empty(), Optional.empty(), NOW);
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.rule()).contains(PolicyRule.POLICY_IN_FORCE);
    assertThat(decision.policyVersion()).isZero();
  }

  @Test
  void aPolicyWithoutCertificationRequirementStillChecksRegistrationAndTenant() {
    PolicySnapshot lenient =
        new PolicySnapshot(
            HEALTH,
            1,
            new PolicyRules(
                Set.of(KeyClass.QKD),
                0.1,
                Duration.ofSeconds(60),
                10,
                Set.of(AeadAlgorithm.AES_256_GCM),
                Optional.empty(),
                Set.of(),
                false,
                1));
    var derivation = new DeviceKeyDerivation(HEALTH, "gw", "level-1", KeyClass.QKD);
    assertThat(
            DecisionRules.decide(
                    derivation, Optional.of(lenient), Optional.of(DEVICES.get("level-1")), NOW)
                .allowed())
        .isTrue();
    assertThat(DecisionRules.decide(derivation, Optional.of(lenient), Optional.empty(), NOW).rule())
        .contains(PolicyRule.DEVICE_REGISTERED);
  }

  private static Arguments row(PolicyQuestion question, PolicyRule deniedBy, String because) {
    return Arguments.of(question, deniedBy, because);
  }

  private static TelemetryEncryption encryption(
      String device, AeadAlgorithm algorithm, long ageSeconds, long messages) {
    return new TelemetryEncryption(
        HEALTH, "gw", device, algorithm, Duration.ofSeconds(ageSeconds), messages);
  }

  private static DeviceStanding device(
      String id, Tenant tenant, CertificationFacts... certifications) {
    return new DeviceStanding(id, tenant, List.of(certifications));
  }

  private static CertificationFacts cert(
      int level, CertificationStatus status, int fromDays, int toDays) {
    return new CertificationFacts(
        CertificationScheme.FIPS_140_3,
        level,
        "NIST CMVP",
        NOW.plus(Duration.ofDays(fromDays)),
        NOW.plus(Duration.ofDays(toDays)),
        status);
  }
}
