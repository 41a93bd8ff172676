package io.qgate.devstack.bench;

/** Why a benchmark could not run (or failed its checks); its message is one line. */
public final class BenchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The kinds of failure, each with its exit code of {@code ./qgate bench etsi}. */
  public enum Kind {
    /** The run happened but the checks failed, or the KME refused the SAEs: exit 1. */
    FAILED(1),
    /** Invalid options, missing or unreadable certificates: exit 2. */
    BAD_INPUT(2),
    /** Nothing answers at the URL, or the TLS handshake fails: exit 3. */
    CANNOT_CONNECT(3);

    private final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  private final Kind kind;

  public BenchException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public int exitCode() {
    return kind.exitCode();
  }
}
