package io.qgate.telemetry.envelope;

import java.util.Objects;

/**
 * A record that was not accepted, with a reason for metrics and dead-letter headers and a detail
 * for people. Details name lengths, ids and byte values of the header; never key bytes or payload.
 */
public record Rejected(RejectReason reason, String detail) implements OpenResult {

  public Rejected {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
