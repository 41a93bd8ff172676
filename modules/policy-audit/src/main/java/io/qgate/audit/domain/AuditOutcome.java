package io.qgate.audit.domain;

/** ALLOWED and DENIED record decisions; RECORDED records something that happened. */
public enum AuditOutcome {
  ALLOWED,
  DENIED,
  RECORDED
}
