package io.qgate.platform.domain;

/** A request the domain refuses; the REST layer turns each subclass into one problem type. */
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected DomainException(String message) {
    super(message);
  }
}
