package io.qgate.alerts.domain;

/** How urgent an alert is, as {@code qgate.alerts.v1} spells it. */
public enum AlertSeverity {
  INFO,
  WARNING,
  CRITICAL
}
