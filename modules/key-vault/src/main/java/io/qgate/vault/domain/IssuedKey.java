package io.qgate.vault.domain;

import io.qgate.policy.domain.KeyClass;
import java.util.Arrays;
import java.util.UUID;

/**
 * A key on its way to an SAE: its id, its class and its bytes. The holder erases the bytes with
 * {@link #erase()} once they are written out; {@link #toString()} never shows them.
 */
public record IssuedKey(UUID keyId, KeyClass keyClass, byte[] material) {

  public void erase() {
    Arrays.fill(material, (byte) 0);
  }

  @Override
  public String toString() {
    return "IssuedKey[" + keyId + ", " + keyClass + ", " + material.length * 8 + " bits]";
  }
}
