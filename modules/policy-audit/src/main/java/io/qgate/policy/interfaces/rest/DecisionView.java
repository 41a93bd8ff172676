package io.qgate.policy.interfaces.rest;

import io.qgate.policy.domain.Decision;
import io.qgate.policy.domain.PolicyRule;

/** A decision as clients read it; {@code rule} is null when allowed. */
public record DecisionView(
    boolean allowed,
    String point,
    String tenant,
    String domain,
    int policyVersion,
    String rule,
    String reason) {

  static DecisionView of(Decision decision) {
    return new DecisionView(
        decision.allowed(),
        decision.point().name(),
        decision.scope().tenant().name(),
        decision.scope().domain().name(),
        decision.policyVersion(),
        decision.rule().map(PolicyRule::id).orElse(null),
        decision.reason());
  }
}
