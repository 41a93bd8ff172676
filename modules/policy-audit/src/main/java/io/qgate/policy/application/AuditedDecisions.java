package io.qgate.policy.application;

import io.qgate.policy.domain.Decision;
import io.qgate.policy.domain.PolicyQuestion;
import io.qgate.policy.domain.PolicyQuestion.DeviceKeyDerivation;
import io.qgate.policy.domain.PolicyQuestion.KeyIssuance;
import io.qgate.policy.domain.PolicyQuestion.LinkUse;
import io.qgate.policy.domain.PolicyQuestion.TelemetryDecryption;
import io.qgate.policy.domain.PolicyQuestion.TelemetryEncryption;
import io.qgate.policy.domain.PolicySnapshot;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Which decisions the trail records, and the facts each records (never key material). */
final class AuditedDecisions {

  private AuditedDecisions() {}

  /**
   * Every denial; every key issued or derived; reads of decrypted data by people, and by services
   * too where the policy audits every read (health). Per-record encryption and link checks are too
   * frequent to record when allowed.
   */
  static boolean mustRecord(
      PolicyQuestion question, Decision decision, Optional<PolicySnapshot> policy) {
    if (!decision.allowed()) {
      return true;
    }
    if (question instanceof KeyIssuance || question instanceof DeviceKeyDerivation) {
      return true;
    }
    if (question instanceof TelemetryDecryption read) {
      return read.person() || policy.map(p -> p.rules().auditEveryRead()).orElse(true);
    }
    return false;
  }

  static Map<String, Object> facts(PolicyQuestion question) {
    if (question instanceof KeyIssuance q) {
      return Map.of("keyClass", q.keyClass().name(), "sourceLinkQber", q.sourceLinkQber());
    }
    if (question instanceof DeviceKeyDerivation q) {
      return Map.of("keyClass", q.keyClass().name(), "deviceId", q.deviceId());
    }
    if (question instanceof TelemetryEncryption q) {
      return Map.of(
          "algorithm", q.algorithm().name(),
          "keyAgeSeconds", q.keyAge().toSeconds(),
          "messagesUnderKey", q.messagesUnderKey());
    }
    if (question instanceof TelemetryDecryption q) {
      return Map.of("roles", new TreeSet<>(q.actorRoles()), "person", q.person());
    }
    LinkUse q = (LinkUse) question;
    return Map.of("qber", q.qber());
  }
}
