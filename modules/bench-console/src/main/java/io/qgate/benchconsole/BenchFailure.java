package io.qgate.benchconsole;

/**
 * The run could not measure: the stack is not reachable, signing in failed, the first view never
 * appeared. One line on stderr, exit code 1.
 */
final class BenchFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BenchFailure(String message) {
    super(message);
  }

  BenchFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
