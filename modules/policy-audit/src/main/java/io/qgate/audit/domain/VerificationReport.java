package io.qgate.audit.domain;

import java.util.Optional;

/**
 * The outcome of recomputing the chain and the checkpoints.
 *
 * @param lastSeq the last row checked (0 for an empty trail)
 * @param lastCheckpointSeq the row the newest valid checkpoint vouches for (0 if none)
 */
public record VerificationReport(
    long rowsChecked,
    long lastSeq,
    int checkpointsChecked,
    long lastCheckpointSeq,
    Optional<ChainBreak> firstBreak) {

  public boolean intact() {
    return firstBreak.isEmpty();
  }

  public String summary() {
    return firstBreak
        .map(b -> "audit trail BROKEN at " + b.describe())
        .orElse(
            "audit trail intact: "
                + rowsChecked
                + " rows, "
                + checkpointsChecked
                + " signed checkpoints (latest at row "
                + lastCheckpointSeq
                + ")");
  }
}
