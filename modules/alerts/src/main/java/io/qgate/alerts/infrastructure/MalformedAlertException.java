package io.qgate.alerts.infrastructure;

/**
 * A record on {@code qgate.alerts.v1} that is not an alert in the topic's shape. The message says
 * what is wrong, never what the record holds.
 */
public class MalformedAlertException extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedAlertException(String reason) {
    super(reason);
  }
}
