package io.qgate.pipeline.application;

import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.PolicyDeniedException;
import io.qgate.policy.domain.PolicyQuestion.TelemetryEncryption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The policy's answer to a gateway's encryption question as a yes or no; a denial is audited by the
 * enforcement. The gateway asks from its own scheduler thread: the repositories the decision may
 * read open their own transactions.
 */
@ApplicationScoped
public class EncryptionDecisions {

  @Inject PolicyEnforcement policies;

  /** True if the policy allows; a denial is audited by the enforcement. */
  public boolean allows(TelemetryEncryption question) {
    try {
      policies.enforce(question);
      return true;
    } catch (PolicyDeniedException denied) {
      return false;
    }
  }
}
