package io.qgate.telemetry.envelope;

/**
 * One AEAD primitive as the envelope uses it: the key, nonce and associated data in, ciphertext
 * followed by the 16-byte tag out.
 *
 * <p>Two ways to use it. {@link #newContext} prepares the per-key state once (for AES-GCM the JDK's
 * key schedule, for Ascon the engine and its key), which {@link DeviceKeyCache} keeps per device
 * key, so a record costs the cipher, not the key setup. {@link #seal(byte[], byte[], byte[],
 * byte[], int, int, byte[], int)} and {@link #open(byte[], byte[], byte[], byte[], int, int)} take
 * the key itself and prepare a fresh context for the one call (known-answer tests). Implementations
 * are stateless, so one instance serves every thread; a {@link Context} serves one thread at a
 * time.
 */
interface Aead {

  /**
   * The prepared state for {@code key}, which is copied: the caller still owns and zeroises its
   * array. Not thread-safe; {@link Context#destroy()} it when done.
   */
  Context newContext(byte[] key);

  /**
   * Encrypts {@code length} bytes of {@code in} from {@code offset} and writes ciphertext ‖ tag
   * ({@code length + 16} bytes) into {@code out} at {@code outOffset}, with a context for this call
   * only.
   */
  default void seal(
      byte[] key,
      byte[] nonce,
      byte[] aad,
      byte[] in,
      int offset,
      int length,
      byte[] out,
      int outOffset) {
    Context context = newContext(key);
    try {
      context.seal(nonce, aad, in, offset, length, out, outOffset);
    } finally {
      context.destroy();
    }
  }

  /**
   * Decrypts ciphertext ‖ tag ({@code length} bytes of {@code in} from {@code offset}, at least the
   * tag), with a context for this call only.
   *
   * @return the plaintext, or {@code null} if the tag does not verify
   */
  default byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] in, int offset, int length) {
    Context context = newContext(key);
    try {
      return context.open(nonce, aad, in, offset, length);
    } finally {
      context.destroy();
    }
  }

  /**
   * The AEAD set up for one key: {@link #seal} and {@link #open} as above without the key. One
   * thread at a time. Holds a copy of the key (or its schedule) until {@link #destroy()}; its
   * {@code toString} is {@code Object}'s, which shows no key material.
   */
  interface Context {

    /** As {@link Aead#seal(byte[], byte[], byte[], byte[], int, int, byte[], int)}. */
    void seal(
        byte[] nonce, byte[] aad, byte[] in, int offset, int length, byte[] out, int outOffset);

    /** As {@link Aead#open(byte[], byte[], byte[], byte[], int, int)}; null if the tag fails. */
    byte[] open(byte[] nonce, byte[] aad, byte[] in, int offset, int length);

    /**
     * Zeroises what this context can reach of the key and drops the rest; the context is unusable
     * afterwards. Idempotent.
     */
    void destroy();

    /** True after {@link #destroy()}. */
    boolean isDestroyed();
  }
}
