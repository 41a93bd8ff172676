package io.qgate.platform.domain;

import java.util.List;

/**
 * Input that is well-formed but breaks a domain rule, attributed to the field (or fields) at fault.
 */
public class InvalidInputException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** One field at fault, named by its JSON path, and what is wrong with it. */
  public record Violation(String field, String message) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final List<Violation> violations;

  public InvalidInputException(String field, String message) {
    super(message);
    this.violations = List.of(new Violation(field, message));
  }

  /**
   * Several fields at fault at once, so a client can correct them all in one go.
   *
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidInputException(List<Violation> violations) {
    super(summary(violations));
    this.violations = List.copyOf(violations);
  }

  /** The first field at fault. */
  public String field() {
    return violations.get(0).field();
  }

  /** Every field at fault, in the order they were found. */
  public List<Violation> violations() {
    return violations;
  }

  private static String summary(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one field");
    }
    if (violations.size() == 1) {
      return violations.get(0).field() + ": " + violations.get(0).message();
    }
    return violations.size() + " fields are invalid";
  }
}
