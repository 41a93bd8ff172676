package io.qgate.policy.interfaces.rest;

import io.qgate.policy.application.PolicyFacts;
import io.qgate.policy.domain.PolicyRevision;
import java.time.Instant;
import java.util.Map;

/** A policy revision as clients read it. */
public record PolicyView(
    String tenant,
    String domain,
    int version,
    Map<String, Object> rules,
    String changedBy,
    Instant changedAt,
    String changeReason) {

  static PolicyView of(PolicyRevision revision) {
    return new PolicyView(
        revision.scope().tenant().name(),
        revision.scope().domain().name(),
        revision.version(),
        PolicyFacts.of(revision.rules()),
        revision.changedBy(),
        revision.changedAt(),
        revision.changeReason());
  }
}
