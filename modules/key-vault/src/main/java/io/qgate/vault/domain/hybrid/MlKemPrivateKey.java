package io.qgate.vault.domain.hybrid;

import io.qgate.telemetry.keys.KeyMaterial;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;

/**
 * An ML-KEM-768 decapsulation key (FIPS 203). Its holder must {@link #destroy()} it; {@link
 * #toString()} never shows it.
 */
public final class MlKemPrivateKey implements Destroyable {

  private final MLKEMPrivateKeyParameters parameters;
  private final MlKemPublicKey publicKey;

  MlKemPrivateKey(MLKEMPrivateKeyParameters parameters) {
    this.parameters = parameters;
    this.publicKey = new MlKemPublicKey(parameters.getPublicKeyParameters());
  }

  /** The matching encapsulation key. */
  public MlKemPublicKey publicKey() {
    return publicKey;
  }

  /**
   * The 64-byte seed d ‖ z the key was generated from (FIPS 203 §7.1), to store it wrapped: {@link
   * MlKem768#keyPairFromSeed} rebuilds the key pair.
   *
   * @throws IllegalStateException if the key was built without its seed
   */
  public KeyMaterial seed() {
    byte[] seed = parameters.getSeed();
    if (seed == null) {
      throw new IllegalStateException("this ML-KEM key carries no seed");
    }
    return KeyMaterial.wrap(seed);
  }

  MLKEMPrivateKeyParameters parameters() {
    if (parameters.isDestroyed()) {
      throw new IllegalStateException("ML-KEM private key was destroyed");
    }
    return parameters;
  }

  @Override
  public void destroy() {
    parameters.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return parameters.isDestroyed();
  }

  @Override
  public String toString() {
    return isDestroyed() ? "MlKemPrivateKey[destroyed]" : "MlKemPrivateKey[ML-KEM-768]";
  }
}
