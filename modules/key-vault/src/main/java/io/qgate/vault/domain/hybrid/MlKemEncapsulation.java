package io.qgate.vault.domain.hybrid;

import io.qgate.telemetry.keys.KeyMaterial;
import javax.security.auth.Destroyable;

/**
 * The result of ML-KEM-768 encapsulation (FIPS 203): the ciphertext c for the holder of the
 * decapsulation key and the 32-byte shared secret K, which the caller must destroy.
 */
public final class MlKemEncapsulation implements Destroyable {

  private final byte[] ciphertext;
  private final KeyMaterial sharedSecret;

  MlKemEncapsulation(byte[] ciphertext, KeyMaterial sharedSecret) {
    this.ciphertext = ciphertext;
    this.sharedSecret = sharedSecret;
  }

  /** The ciphertext c, a copy. */
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  public KeyMaterial sharedSecret() {
    return sharedSecret;
  }

  @Override
  public void destroy() {
    sharedSecret.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return sharedSecret.isDestroyed();
  }

  @Override
  public String toString() {
    return "MlKemEncapsulation[" + ciphertext.length + "-byte ciphertext, " + sharedSecret + "]";
  }
}
