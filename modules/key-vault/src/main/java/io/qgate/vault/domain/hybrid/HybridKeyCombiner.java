package io.qgate.vault.domain.hybrid;

import io.qgate.telemetry.keys.KeyMaterial;

/**
 * Makes a HYBRID key from an ML-KEM-768 shared secret and a QKD key with the one-step KDF of NIST
 * SP 800-56C Rev. 2 §4 (auxiliary function option 2: HMAC-SHA-256), the QKD key being the auxiliary
 * shared secret T of the hybrid shared secret Z′ = Z ‖ T that SP 800-56C Rev. 2 permits. The key is
 * pseudorandom as long as either Z or T is secret. Exact input:
 *
 * <pre>
 * K(i)  = HMAC-SHA-256(salt, [i]₃₂ ‖ Z ‖ T ‖ FixedInfo),  i = 1, 2, …   key = first L bytes
 *
 * salt        64 zero bytes (the default salt of §4 for HMAC-SHA-256: one input block)
 * [n]₃₂       n as 4 bytes, big-endian
 * Z           the ML-KEM-768 shared secret K, 32 bytes
 * T           the QKD key, 16 to 64 bytes
 * FixedInfo   = AlgorithmID ‖ PartyUInfo ‖ PartyVInfo ‖ SuppPubInfo     (concatenation format)
 *   AlgorithmID = lp("qgate/hybrid-key/v1:ML-KEM-768+QKD:HMAC-SHA-256")
 *   PartyUInfo  = lp(initiator id) ‖ lp(ciphertext c)            c: 1088 bytes
 *   PartyVInfo  = lp(responder id) ‖ lp(encapsulation key ek)    ek: 1184 bytes
 *   SuppPubInfo = QKD key id ‖ [8·|T|]₃₂ ‖ [8·L]₃₂                key id: UUID, 16 bytes big-endian
 * lp(x)       = [|x|]₃₂ ‖ x, ids in UTF-8, |x| in bytes
 * </pre>
 *
 * <p>Z has a fixed length and |T| sits at a fixed distance from the end, so the HMAC input parses
 * uniquely; L in SuppPubInfo keeps a short key from being a prefix of a longer one. Binding ek, c,
 * both party ids and the QKD key id ties the key to this one exchange: the same secrets under
 * another key, ciphertext, party or QKD key id give an unrelated key.
 */
public final class HybridKeyCombiner {

  /** AlgorithmID of FixedInfo: names this construction and its version. */
  public static final String ALGORITHM_ID = "qgate/hybrid-key/v1:ML-KEM-768+QKD:HMAC-SHA-256";

  public static final int DEFAULT_KEY_LENGTH = 32;
  public static final int MIN_KEY_LENGTH = 16;
  public static final int MAX_KEY_LENGTH = 64;
  public static final int MIN_QKD_KEY_LENGTH = 16;
  public static final int MAX_QKD_KEY_LENGTH = 64;

  private HybridKeyCombiner() {}

  /** The {@value #DEFAULT_KEY_LENGTH}-byte HYBRID key. */
  public static KeyMaterial combine(
      KeyMaterial mlKemSecret,
      KeyMaterial qkdKey,
      MlKemPublicKey ek,
      byte[] ciphertext,
      HybridKeyContext context) {
    return combine(mlKemSecret, qkdKey, ek, ciphertext, context, DEFAULT_KEY_LENGTH);
  }

  /** The {@code length}-byte HYBRID key; the caller destroys both inputs and the result. */
  public static KeyMaterial combine(
      KeyMaterial mlKemSecret,
      KeyMaterial qkdKey,
      MlKemPublicKey ek,
      byte[] ciphertext,
      HybridKeyContext context,
      int length) {
    check(mlKemSecret, qkdKey, ciphertext, length);
    byte[] fixedInfo =
        HybridFixedInfo.encode(ALGORITHM_ID, ek, ciphertext, context, qkdKey.length(), length);
    // Z′ = Z ‖ T (SP 800-56C Rev. 2 §2: the auxiliary shared secret T appended to Z)
    byte[] z = new byte[mlKemSecret.length() + qkdKey.length()];
    mlKemSecret.copyTo(z, 0);
    qkdKey.copyTo(z, mlKemSecret.length());
    return OneStepKdf.derive(z, fixedInfo, length);
  }

  private static void check(
      KeyMaterial mlKemSecret, KeyMaterial qkdKey, byte[] ciphertext, int length) {
    if (mlKemSecret.length() != MlKem768.SHARED_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          "ML-KEM-768 shared secret of " + mlKemSecret.length() + " bytes, expected 32");
    }
    if (qkdKey.length() < MIN_QKD_KEY_LENGTH || qkdKey.length() > MAX_QKD_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "QKD key of " + qkdKey.length() + " bytes, 16 to 64 accepted");
    }
    if (ciphertext.length != MlKem768.CIPHERTEXT_LENGTH) {
      throw new IllegalArgumentException(
          "ML-KEM-768 ciphertext of " + ciphertext.length + " bytes, expected 1088");
    }
    if (length < MIN_KEY_LENGTH || length > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("key length " + length + " out of 16..64");
    }
  }
}
