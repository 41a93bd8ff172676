package io.qgate.vault.domain;

import java.util.UUID;

/**
 * How a key's bytes are made from the QKD key the pool gave for it: the QKD key itself, a HYBRID
 * key combining it with ML-KEM, or — for PQC, where the pool gives nothing — ML-KEM alone.
 */
@FunctionalInterface
public interface KeyDerivation {

  /** The bytes as QKD distilled them. */
  KeyDerivation AS_DISTILLED = (keyId, distilled) -> distilled;

  /**
   * The key's bytes (the caller erases them).
   *
   * @param distilled the QKD key cut from the pool (erased by the caller), or null for PQC
   */
  byte[] keyFor(UUID keyId, byte[] distilled);
}
