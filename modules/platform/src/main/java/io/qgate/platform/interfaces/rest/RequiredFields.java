package io.qgate.platform.interfaces.rest;

import io.qgate.platform.domain.InvalidInputException;

/** Fields one operation needs although the shared request shape leaves them optional. */
public final class RequiredFields {

  private RequiredFields() {}

  public static void require(Object value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, "is required for this operation");
    }
  }
}
