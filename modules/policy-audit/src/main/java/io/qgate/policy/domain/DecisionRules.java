package io.qgate.policy.domain;

import io.qgate.certification.domain.CertificationRequirement;
import io.qgate.certification.domain.DeviceStanding;
import io.qgate.policy.domain.PolicyQuestion.DeviceKeyDerivation;
import io.qgate.policy.domain.PolicyQuestion.KeyIssuance;
import io.qgate.policy.domain.PolicyQuestion.LinkUse;
import io.qgate.policy.domain.PolicyQuestion.TelemetryDecryption;
import io.qgate.policy.domain.PolicyQuestion.TelemetryEncryption;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides a question against the policy in force: the first rule that fails denies, naming itself;
 * if none fails the action is allowed. No policy in force means deny (fail closed).
 */
public final class DecisionRules {

  private DecisionRules() {}

  /**
   * @param policy the policy of the question's scope, empty if there is none
   * @param device the standing of the device the question names (see {@link
   *     PolicyQuestion#device()}), empty if it is not registered
   */
  public static Decision decide(
      PolicyQuestion question,
      Optional<PolicySnapshot> policy,
      Optional<DeviceStanding> device,
      Instant now) {
    if (policy.isEmpty()) {
      return Decision.deny(
          question, 0, PolicyRule.POLICY_IN_FORCE, "no policy is in force for " + question.scope());
    }
    PolicySnapshot snapshot = policy.get();
    Optional<Refusal> refusal = deviceRefusal(question, snapshot.rules(), device, now);
    if (refusal.isEmpty()) {
      refusal = actionRefusal(question, snapshot.rules());
    }
    return refusal
        .map(r -> Decision.deny(question, snapshot.version(), r.rule(), r.why()))
        .orElseGet(() -> Decision.allow(question, snapshot.version()));
  }

  private record Refusal(PolicyRule rule, String why) {}

  private static Optional<Refusal> deviceRefusal(
      PolicyQuestion question, PolicyRules rules, Optional<DeviceStanding> device, Instant now) {
    if (question.device().isEmpty()) {
      return Optional.empty();
    }
    String deviceId = question.device().get();
    if (device.isEmpty()) {
      return refuse(PolicyRule.DEVICE_REGISTERED, "device " + deviceId + " is not registered");
    }
    DeviceStanding standing = device.get();
    if (standing.tenant() != question.scope().tenant()) {
      return refuse(
          PolicyRule.DEVICE_TENANT,
          "device "
              + deviceId
              + " belongs to "
              + standing.tenant()
              + ", not "
              + question.scope().tenant());
    }
    Optional<CertificationRequirement> required = rules.requiredCertification();
    return required
        .flatMap(requirement -> standing.shortfall(requirement, now))
        .map(why -> new Refusal(PolicyRule.DEVICE_CERTIFICATION, why));
  }

  private static Optional<Refusal> actionRefusal(PolicyQuestion question, PolicyRules rules) {
    if (question instanceof KeyIssuance issuance) {
      return keyClass(issuance.keyClass(), rules)
          .or(() -> linkQber(issuance.sourceLinkQber(), rules));
    }
    if (question instanceof DeviceKeyDerivation derivation) {
      return keyClass(derivation.keyClass(), rules);
    }
    if (question instanceof TelemetryEncryption encryption) {
      return encryption(encryption, rules);
    }
    if (question instanceof TelemetryDecryption decryption) {
      boolean entitled =
          decryption.actorRoles().stream().anyMatch(rules.decryptReaderRoles()::contains);
      return entitled
          ? Optional.empty()
          : refuse(
              PolicyRule.READER_ROLE,
              decryption.actor()
                  + " holds none of the roles "
                  + listed(rules.decryptReaderRoles()));
    }
    LinkUse use = (LinkUse) question;
    return linkQber(use.qber(), rules);
  }

  private static Optional<Refusal> encryption(TelemetryEncryption encryption, PolicyRules rules) {
    if (!rules.allowedAeadAlgorithms().contains(encryption.algorithm())) {
      return refuse(
          PolicyRule.AEAD_ALGORITHM,
          encryption.algorithm()
              + " is not allowed (allowed: "
              + listed(rules.allowedAeadAlgorithms())
              + ")");
    }
    if (encryption.keyAge().compareTo(rules.maxKeyAge()) > 0) {
      return refuse(
          PolicyRule.KEY_AGE,
          "the key is "
              + encryption.keyAge().toSeconds()
              + " s old; rotate it at least every "
              + rules.maxKeyAge().toSeconds()
              + " s");
    }
    if (encryption.messagesUnderKey() >= rules.maxMessagesPerKey()) {
      return refuse(
          PolicyRule.MESSAGES_PER_KEY,
          "the key has protected "
              + encryption.messagesUnderKey()
              + " messages; the limit is "
              + rules.maxMessagesPerKey());
    }
    return Optional.empty();
  }

  private static Optional<Refusal> keyClass(KeyClass keyClass, PolicyRules rules) {
    return rules.allowedKeyClasses().contains(keyClass)
        ? Optional.empty()
        : refuse(
            PolicyRule.KEY_CLASS,
            "key class "
                + keyClass
                + " is not allowed (allowed: "
                + listed(rules.allowedKeyClasses())
                + ")");
  }

  private static Optional<Refusal> linkQber(double qber, PolicyRules rules) {
    return qber <= rules.maxLinkQber()
        ? Optional.empty()
        : refuse(
            PolicyRule.LINK_QBER,
            "link QBER " + qber + " exceeds the ceiling " + rules.maxLinkQber());
  }

  private static Optional<Refusal> refuse(PolicyRule rule, String why) {
    return Optional.of(new Refusal(rule, why));
  }

  /** A set in a stable order, so the same denial always reads the same. */
  private static String listed(Set<?> values) {
    return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }
}
