package io.qgate.policy.domain;

import jakarta.persistence.Converter;

/** {@code decrypt_reader_roles}: e.g. {@code grid-operator,security-officer}. */
@Converter
public class RolesConverter extends CommaSeparated<String> {
  public RolesConverter() {
    super(role -> role);
  }
}
