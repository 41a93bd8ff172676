package io.qgate.audit.interfaces.rest;

import io.qgate.audit.domain.VerificationReport;

/** The outcome of verifying the trail; {@code firstBreak} is null when intact. */
public record VerificationView(
    boolean intact,
    long rowsChecked,
    long lastSeq,
    int checkpointsChecked,
    long lastCheckpointSeq,
    Break firstBreak,
    String summary) {

  /**
   * Where the trail breaks: {@code kind} is ALTERED, DELETED, INSERTED, REWRITTEN or BAD_SIGNATURE.
   */
  public record Break(String kind, long seq, String detail) {}

  static VerificationView of(VerificationReport report) {
    return new VerificationView(
        report.intact(),
        report.rowsChecked(),
        report.lastSeq(),
        report.checkpointsChecked(),
        report.lastCheckpointSeq(),
        report.firstBreak().map(b -> new Break(b.kind().name(), b.seq(), b.detail())).orElse(null),
        report.summary());
  }
}
