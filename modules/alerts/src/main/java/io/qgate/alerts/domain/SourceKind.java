package io.qgate.alerts.domain;

/** What raised an alert: a QKD link (tenant SHARED) or a device of a tenant. */
public enum SourceKind {
  LINK,
  DEVICE
}
