package io.qgate.pipeline.application;

import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.PolicyDeniedException;
import io.qgate.policy.domain.PolicyQuestion.TelemetryEncryption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The policy's answer to a gateway's encryption question, in a transaction of its own: the decision
 * may read the device registry through JPA, which needs one, and the gateway asks from its own
 * scheduler thread, which has none.
 */
@ApplicationScoped
public class EncryptionDecisions {

  @Inject PolicyEnforcement policies;

  /** True if the policy allows; a denial is audited by the enforcement. */
  @Transactional
  public boolean allows(TelemetryEncryption question) {
    try {
      policies.enforce(question);
      return true;
    } catch (PolicyDeniedException denied) {
      return false;
    }
  }
}
