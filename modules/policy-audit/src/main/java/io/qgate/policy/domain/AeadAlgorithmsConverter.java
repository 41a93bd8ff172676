package io.qgate.policy.domain;

import jakarta.persistence.Converter;

/** {@code allowed_aead_algorithms}: e.g. {@code AES_256_GCM,ASCON_AEAD128}. */
@Converter
public class AeadAlgorithmsConverter extends CommaSeparated<AeadAlgorithm> {
  public AeadAlgorithmsConverter() {
    super(AeadAlgorithm::valueOf);
  }
}
