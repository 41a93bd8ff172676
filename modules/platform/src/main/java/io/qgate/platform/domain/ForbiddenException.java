package io.qgate.platform.domain;

/** A request the caller is not entitled to make: the REST layer answers 403. */
public class ForbiddenException extends DomainException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }
}
