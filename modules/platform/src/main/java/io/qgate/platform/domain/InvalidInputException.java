package io.qgate.platform.domain;

/** Input that is well-formed but breaks a domain rule, attributed to the field at fault. */
public class InvalidInputException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
