package io.qgate.vault.domain.hybrid;

import io.qgate.telemetry.keys.KeyMaterial;

/**
 * A PQC key: the ML-KEM-768 shared secret alone through the same SP 800-56C Rev. 2 one-step KDF and
 * FixedInfo layout as {@link HybridKeyCombiner}, with no QKD key (|T| = 0) and its own AlgorithmID,
 * so a PQC key never equals a HYBRID key of the same exchange. The key id in SuppPubInfo is the PQC
 * key's own id.
 */
public final class PqcKeyDerivation {

  /** AlgorithmID of FixedInfo: names this construction and its version. */
  public static final String ALGORITHM_ID = "qgate/pqc-key/v1:ML-KEM-768:HMAC-SHA-256";

  private PqcKeyDerivation() {}

  /** The {@code length}-byte PQC key; the caller destroys the secret and the result. */
  public static KeyMaterial derive(
      KeyMaterial mlKemSecret,
      MlKemPublicKey ek,
      byte[] ciphertext,
      HybridKeyContext context,
      int length) {
    if (mlKemSecret.length() != MlKem768.SHARED_SECRET_LENGTH
        || ciphertext.length != MlKem768.CIPHERTEXT_LENGTH) {
      throw new IllegalArgumentException("not an ML-KEM-768 shared secret and ciphertext");
    }
    if (length < HybridKeyCombiner.MIN_KEY_LENGTH || length > HybridKeyCombiner.MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("key length " + length + " out of 16..64");
    }
    byte[] fixedInfo = HybridFixedInfo.encode(ALGORITHM_ID, ek, ciphertext, context, 0, length);
    return OneStepKdf.derive(mlKemSecret.bytes(), fixedInfo, length);
  }
}
