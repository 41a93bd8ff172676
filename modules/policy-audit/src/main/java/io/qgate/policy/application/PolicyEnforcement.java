package io.qgate.policy.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.policy.domain.Decision;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.KeyClassChoice;
import io.qgate.policy.domain.PolicyDeniedException;
import io.qgate.policy.domain.PolicyQuestion;
import io.qgate.policy.domain.PolicyRule;
import io.qgate.policy.domain.PolicyScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one call every enforcement point makes before it acts:
 *
 * <pre>{@code policies.enforce(new KeyIssuance(scope, saeId, keyId, KeyClass.QKD, linkQber));}
 * </pre>
 *
 * It decides, records the decision in the audit trail when the policy asks for it (always for a
 * denial), and throws {@link PolicyDeniedException} on a denial — so a caller that ignores the
 * return value still cannot act against policy. If the trail cannot record a decision that must be
 * recorded, the action is refused ({@link io.qgate.audit.domain.AuditUnavailableException}).
 */
@ApplicationScoped
public class PolicyEnforcement {

  @Inject PolicyDecisionPoint decisionPoint;
  @Inject AuditTrail auditTrail;

  /**
   * @return the (allowing) decision
   * @throws PolicyDeniedException if the policy denies
   */
  public Decision enforce(PolicyQuestion question) {
    Decision decision = decisionPoint.decide(question);
    if (AuditedDecisions.mustRecord(question, decision, decisionPoint.policy(question.scope()))) {
      auditTrail.record(event(question, decision));
    }
    if (!decision.allowed()) {
      throw new PolicyDeniedException(decision);
    }
    return decision;
  }

  /**
   * The key class a request in {@code scope} gets ({@link KeyClassChoice}); ask {@link #enforce}
   * with it before issuing. Without a policy for the scope, QKD (and the enforcement then denies).
   */
  public KeyClass keyClassFor(
      PolicyScope scope, Optional<KeyClass> required, Optional<KeyClass> preferred) {
    return KeyClassChoice.choose(allowedKeyClasses(scope), required, preferred);
  }

  /** PQC where the policy lets it stand in for a pool that cannot serve {@code chosen}. */
  public Optional<KeyClass> fallbackForEmptyPool(
      PolicyScope scope, KeyClass chosen, Optional<KeyClass> required) {
    return KeyClassChoice.fallbackForEmptyPool(allowedKeyClasses(scope), chosen, required);
  }

  private Set<KeyClass> allowedKeyClasses(PolicyScope scope) {
    return decisionPoint
        .policy(scope)
        .map(policy -> policy.rules().allowedKeyClasses())
        .orElse(Set.of());
  }

  /** Decides without acting on it and without recording it: for what-if questions. */
  public Decision evaluate(PolicyQuestion question) {
    return decisionPoint.decide(question);
  }

  private static AuditEvent event(PolicyQuestion question, Decision decision) {
    Map<String, Object> details = new TreeMap<>(AuditedDecisions.facts(question));
    details.put("policyVersion", decision.policyVersion());
    details.put("domain", question.scope().domain().name());
    decision.rule().map(PolicyRule::id).ifPresent(rule -> details.put("rule", rule));
    details.put("reason", decision.reason());
    return AuditEvent.now(
        question.scope().tenant().name(),
        AuditEventType.valueOf(question.point().name()),
        question.actor(),
        question.subject(),
        decision.allowed() ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
        details);
  }
}
