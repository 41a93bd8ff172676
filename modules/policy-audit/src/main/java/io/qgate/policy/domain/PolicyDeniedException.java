package io.qgate.policy.domain;

import io.qgate.platform.domain.ForbiddenException;

/** What an enforcement point throws when the policy denies: the message names policy and rule. */
public class PolicyDeniedException extends ForbiddenException {

  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  public PolicyDeniedException(Decision decision) {
    super(decision.explanation());
    this.decision = decision;
  }

  public Decision decision() {
    return decision;
  }
}
