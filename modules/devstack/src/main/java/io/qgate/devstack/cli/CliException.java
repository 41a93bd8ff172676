package io.qgate.devstack.cli;

/** A failure the user can act on: its message is printed as one line, with its exit code. */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final int RUNTIME_FAILURE = 1;
  static final int BAD_USAGE = 2;

  private final int exitCode;

  CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  static CliException failure(String message) {
    return new CliException(message, RUNTIME_FAILURE);
  }

  static CliException badUsage(String message) {
    return new CliException(message, BAD_USAGE);
  }

  int exitCode() {
    return exitCode;
  }
}
