package io.qgate.telemetry.envelope;

/**
 * Thrown inside this package while parsing or opening, caught by {@link EnvelopeOpener} and turned
 * into a {@link Rejected}; no stack trace (bad input is expected, and frequent under attack).
 */
final class EnvelopeRejection extends Exception {

  private static final long serialVersionUID = 1L;

  private final RejectReason reason;

  EnvelopeRejection(RejectReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  Rejected toResult() {
    return new Rejected(reason, getMessage());
  }
}
