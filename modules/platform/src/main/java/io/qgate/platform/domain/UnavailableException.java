package io.qgate.platform.domain;

/**
 * A request refused because something it depends on is down (fail closed): the REST layer answers
 * 503 and the caller may retry.
 */
public class UnavailableException extends DomainException {

  private static final long serialVersionUID = 1L;

  public UnavailableException(String message) {
    super(message);
  }
}
