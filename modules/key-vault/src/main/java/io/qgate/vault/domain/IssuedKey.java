package io.qgate.vault.domain;

import java.util.Arrays;
import java.util.UUID;

/**
 * A key on its way to an SAE: its id and its bytes. The holder erases the bytes with {@link
 * #erase()} once they are written out; {@link #toString()} never shows them.
 */
public record IssuedKey(UUID keyId, byte[] material) {

  public void erase() {
    Arrays.fill(material, (byte) 0);
  }

  @Override
  public String toString() {
    return "IssuedKey[" + keyId + ", " + material.length * 8 + " bits]";
  }
}
