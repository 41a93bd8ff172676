package io.qgate.policy.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.policy.domain.PolicyRepository;
import io.qgate.policy.domain.PolicyRevision;
import io.qgate.policy.domain.PolicyRules;
import io.qgate.policy.domain.PolicyScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and revises policies; every revision is recorded in the audit trail with before/after. */
@ApplicationScoped
@Transactional
public class PolicyService {

  @Inject PolicyRepository policies;
  @Inject AuditTrail auditTrail;
  @Inject Event<CacheInvalidation.LocalChange> changes;

  public List<PolicyRevision> inForce() {
    return policies.allCurrent();
  }

  public PolicyRevision current(PolicyScope scope) {
    return policies
        .current(scope)
        .orElseThrow(() -> new NotFoundException("policy", scope.toString()));
  }

  public List<PolicyRevision> history(PolicyScope scope) {
    List<PolicyRevision> history = policies.history(scope);
    if (history.isEmpty()) {
      throw new NotFoundException("policy", scope.toString());
    }
    return history;
  }

  public PolicyRevision revision(PolicyScope scope, int version) {
    return policies
        .revision(scope, version)
        .orElseThrow(() -> new NotFoundException("policy version", scope + " v" + version));
  }

  /**
   * Puts new rules in force as the next version. {@code expectedVersion} is the version the editor
   * read (0 for a scope without a policy): a concurrent change makes this a conflict, never a
   * silent overwrite. The audit entry is written before the commit; if it cannot be, nothing
   * changes.
   */
  public PolicyRevision revise(
      PolicyScope scope, int expectedVersion, PolicyRules rules, String actor, String reason) {
    Optional<PolicyRevision> current = policies.current(scope);
    int currentVersion = current.map(PolicyRevision::version).orElse(0);
    if (currentVersion != expectedVersion) {
      throw new ConflictException(
          "Policy "
              + scope
              + " is at version "
              + currentVersion
              + ", not "
              + expectedVersion
              + "; reload it and apply your change again");
    }
    PolicyRevision next =
        current
            .map(c -> c.revise(rules, actor, reason))
            .orElseGet(() -> PolicyRevision.first(scope, rules, actor, reason));
    policies.add(next);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("domain", scope.domain().name());
    details.put("fromVersion", currentVersion);
    details.put("toVersion", next.version());
    details.put("reason", reason);
    details.put("before", current.map(c -> PolicyFacts.of(c.rules())).orElse(null));
    details.put("after", PolicyFacts.of(rules));
    auditTrail.record(
        AuditEvent.now(
            scope.tenant().name(),
            AuditEventType.POLICY_CHANGED,
            actor,
            "policy " + scope,
            AuditOutcome.RECORDED,
            details));
    changes.fire(CacheInvalidation.LocalChange.POLICY);
    return next;
  }
}
