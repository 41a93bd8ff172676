package io.qgate.vault.domain;

import java.util.List;
import java.util.UUID;

/**
 * Envelope encryption of key material under the key-encryption key (KEK): AES-256-GCM with the id
 * of the key as associated data, so a wrapped value moved to another row does not unwrap.
 */
public interface KeyWrapping {

  /** Wrapped bytes and the id of the KEK that wrapped them. */
  record Wrapped(String kekId, byte[] bytes) {}

  Wrapped wrap(UUID id, byte[] material);

  /**
   * @throws IllegalStateException if the KEK is unknown or the value was tampered with
   */
  byte[] unwrap(UUID id, Wrapped wrapped);

  /** The id of the KEK new material is wrapped under. */
  String currentKekId();

  /** The ids of every KEK that unwraps, the current one first. */
  default List<String> kekIds() {
    return List.of(currentKekId());
  }
}
