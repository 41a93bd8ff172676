package io.qgate.vault.domain.hybrid;

import io.qgate.telemetry.keys.KeyMaterial;
import java.security.SecureRandom;

/**
 * Both sides of a HYBRID key: the initiator encapsulates to the responder's ML-KEM-768 key and
 * combines the shared secret with the QKD key both hold; the responder decapsulates the ciphertext
 * and combines likewise ({@link HybridKeyCombiner}). Thread-safe.
 */
public final class HybridKeyExchange {

  /**
   * What the initiator keeps and sends.
   *
   * @param ciphertext the ML-KEM ciphertext c, for the responder
   * @param hybridKey the HYBRID key, for the initiator to use and destroy
   */
  public record Initiation(byte[] ciphertext, KeyMaterial hybridKey) {}

  private HybridKeyExchange() {}

  /** Encapsulation (FIPS 203 ML-KEM.Encaps) plus the combiner, on the initiator's side. */
  public static Initiation initiate(
      MlKemPublicKey responderKey,
      KeyMaterial qkdKey,
      HybridKeyContext context,
      SecureRandom random) {
    return initiate(responderKey, qkdKey, context, random, HybridKeyCombiner.DEFAULT_KEY_LENGTH);
  }

  /** {@link #initiate} for a HYBRID key of {@code length} bytes. */
  public static Initiation initiate(
      MlKemPublicKey responderKey,
      KeyMaterial qkdKey,
      HybridKeyContext context,
      SecureRandom random,
      int length) {
    MlKemEncapsulation encapsulation = MlKem768.encapsulate(responderKey, random);
    try {
      byte[] ciphertext = encapsulation.ciphertext();
      KeyMaterial key =
          HybridKeyCombiner.combine(
              encapsulation.sharedSecret(), qkdKey, responderKey, ciphertext, context, length);
      return new Initiation(ciphertext, key);
    } finally {
      encapsulation.destroy();
    }
  }

  /** Decapsulation (FIPS 203 ML-KEM.Decaps) plus the combiner, on the responder's side. */
  public static KeyMaterial respond(
      MlKemPrivateKey responderKey,
      byte[] ciphertext,
      KeyMaterial qkdKey,
      HybridKeyContext context) {
    return respond(responderKey, ciphertext, qkdKey, context, HybridKeyCombiner.DEFAULT_KEY_LENGTH);
  }

  /** {@link #respond} for a HYBRID key of {@code length} bytes. */
  public static KeyMaterial respond(
      MlKemPrivateKey responderKey,
      byte[] ciphertext,
      KeyMaterial qkdKey,
      HybridKeyContext context,
      int length) {
    try (KeyMaterial secret = MlKem768.decapsulate(responderKey, ciphertext)) {
      return HybridKeyCombiner.combine(
          secret, qkdKey, responderKey.publicKey(), ciphertext, context, length);
    }
  }
}
