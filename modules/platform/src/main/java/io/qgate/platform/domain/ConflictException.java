package io.qgate.platform.domain;

/** The request conflicts with the current state: a duplicate, a stale version, a dependent. */
public class ConflictException extends DomainException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
