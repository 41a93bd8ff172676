package io.qgate.audit.domain;

/** The first place the trail is not what was written, and what happened there. */
public record ChainBreak(Kind kind, long seq, String detail) {

  public enum Kind {
    /** The row's content no longer matches its hash. */
    ALTERED,
    /** Rows are missing before this one (or after the last, if a checkpoint says so). */
    DELETED,
    /** The row does not link to the row before it: it was added, not appended. */
    INSERTED,
    /** The rows up to a checkpoint were rewritten and re-hashed consistently. */
    REWRITTEN,
    /** A checkpoint's signature does not verify, or its key is not trusted. */
    BAD_SIGNATURE
  }

  /** One line, e.g. {@code row 42 ALTERED: its content does not match its hash}. */
  public String describe() {
    return "row " + seq + " " + kind + ": " + detail;
  }
}
