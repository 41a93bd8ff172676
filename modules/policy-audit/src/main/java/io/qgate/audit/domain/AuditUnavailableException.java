package io.qgate.audit.domain;

import io.qgate.platform.domain.UnavailableException;

/**
 * The trail cannot record an event, so the action it would record is refused (fail closed, as
 * HashiCorp Vault does when no audit device accepts the entry).
 */
public class AuditUnavailableException extends UnavailableException {

  private static final long serialVersionUID = 1L;

  public AuditUnavailableException(String why) {
    super("Refused: the audit trail cannot record it (" + why + ")");
  }
}
