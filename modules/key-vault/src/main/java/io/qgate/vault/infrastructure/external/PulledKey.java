package io.qgate.vault.infrastructure.external;

import java.util.Arrays;

/** A key a KME handed the vault: its ETSI key_ID and material. Printed without the material. */
record PulledKey(String keyId, byte[] material) {

  void erase() {
    Arrays.fill(material, (byte) 0);
  }

  @Override
  public String toString() {
    return "PulledKey[" + keyId + ", " + material.length * 8 + " bits]";
  }
}
