package io.qgate.policy.domain;

import java.util.Optional;

/**
 * The answer to a {@link PolicyQuestion}: allowed or denied, under which policy version, and for a
 * denial the rule that decided it and why.
 *
 * @param policyVersion 0 when no policy was in force
 */
public record Decision(
    boolean allowed,
    EnforcementPoint point,
    PolicyScope scope,
    int policyVersion,
    Optional<PolicyRule> rule,
    String reason) {

  static Decision allow(PolicyQuestion question, int policyVersion) {
    return new Decision(
        true,
        question.point(),
        question.scope(),
        policyVersion,
        Optional.empty(),
        "allowed by policy " + question.scope() + " v" + policyVersion);
  }

  static Decision deny(PolicyQuestion question, int policyVersion, PolicyRule rule, String why) {
    return new Decision(
        false, question.point(), question.scope(), policyVersion, Optional.of(rule), why);
  }

  /** One line for errors and logs: which policy and rule denied what, and why. */
  public String explanation() {
    if (allowed) {
      return reason;
    }
    return point
        + " denied by policy "
        + scope
        + (policyVersion > 0 ? " v" + policyVersion : "")
        + ", rule "
        + rule.map(PolicyRule::id).orElse("?")
        + ": "
        + reason;
  }
}
