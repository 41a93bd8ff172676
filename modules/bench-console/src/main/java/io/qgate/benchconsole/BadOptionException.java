package io.qgate.benchconsole;

/** An option value the run cannot use: one line on stderr, exit code 2. */
final class BadOptionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadOptionException(String message) {
    super(message);
  }
}
