package io.qgate.alerts.domain;

/** Whether an operator has seen to an alert yet. */
public enum AlertState {
  OPEN,
  ACKNOWLEDGED
}
