package io.qgate.audit.cli;

/** The trail could not be checked at all: the database cannot be reached or read (exit 3). */
final class CannotCheckException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CannotCheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
