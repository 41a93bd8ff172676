package io.qgate.policy.domain;

import jakarta.persistence.Converter;

/** {@code allowed_key_classes}: e.g. {@code HYBRID,QKD}. */
@Converter
public class KeyClassesConverter extends CommaSeparated<KeyClass> {
  public KeyClassesConverter() {
    super(KeyClass::valueOf);
  }
}
