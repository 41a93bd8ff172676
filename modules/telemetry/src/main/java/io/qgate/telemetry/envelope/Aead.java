package io.qgate.telemetry.envelope;

/**
 * One AEAD primitive as the envelope uses it: the key, nonce and associated data in, ciphertext
 * followed by the 16-byte tag out. Implementations are stateless or keep per-thread state, so one
 * instance serves every thread; they never keep a key beyond the call.
 */
interface Aead {

  /**
   * Encrypts {@code length} bytes of {@code in} from {@code offset} and writes ciphertext ‖ tag
   * ({@code length + 16} bytes) into {@code out} at {@code outOffset}.
   */
  void seal(
      byte[] key,
      byte[] nonce,
      byte[] aad,
      byte[] in,
      int offset,
      int length,
      byte[] out,
      int outOffset);

  /**
   * Decrypts ciphertext ‖ tag ({@code length} bytes of {@code in} from {@code offset}, at least the
   * tag).
   *
   * @return the plaintext, or {@code null} if the tag does not verify
   */
  byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] in, int offset, int length);
}
