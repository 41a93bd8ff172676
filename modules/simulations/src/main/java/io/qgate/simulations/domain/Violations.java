package io.qgate.simulations.domain;

import io.qgate.platform.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Collects every field at fault in a request, so one 400 names them all. */
public final class Violations {

  private final List<InvalidInputException.Violation> found = new ArrayList<>();

  public void add(String field, String message) {
    found.add(new InvalidInputException.Violation(field, message));
  }

  public boolean has(String field) {
    return found.stream().anyMatch(v -> v.field().equals(field));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * @throws InvalidInputException naming every field found at fault, if any
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}
