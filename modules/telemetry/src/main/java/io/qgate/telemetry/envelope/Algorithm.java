package io.qgate.telemetry.envelope;

import java.util.Optional;

/**
 * The AEAD algorithms an envelope may name in its algorithm byte. Each has its own HKDF purpose
 * string and key length, so the AES key and the Ascon key of one device in one epoch are derived
 * from different HKDF infos and share no bytes (a shorter HKDF output with the same info would be a
 * prefix of a longer one, which is why the purpose, not only the length, differs).
 *
 * <p>The nonce is the 64-bit sequence number, big-endian, right-aligned in zeros: {@code 0⁴ ‖ seq}
 * for AES-GCM, {@code 0⁸ ‖ seq} for Ascon. Distinct sequences give distinct nonces.
 */
public enum Algorithm {
  /** AES-256-GCM, JCA {@code AES/GCM/NoPadding}: 32-byte key, 12-byte nonce, 16-byte tag. */
  AES_256_GCM(1, "qgate-telemetry/aes-256-gcm", 32, 12, new AesGcm()),
  /** Ascon-AEAD128 (NIST SP 800-232): 16-byte key, 16-byte nonce, 16-byte tag. */
  ASCON_AEAD128(2, "qgate-telemetry/ascon-aead128", 16, 16, new AsconAead128());

  /** Bytes of the authentication tag, for both algorithms. */
  public static final int TAG_LENGTH = 16;

  private final int id;
  private final String purpose;
  private final int keyLength;
  private final int nonceLength;
  private final Aead aead;

  Algorithm(int id, String purpose, int keyLength, int nonceLength, Aead aead) {
    this.id = id;
    this.purpose = purpose;
    this.keyLength = keyLength;
    this.nonceLength = nonceLength;
    this.aead = aead;
  }

  /** The algorithm byte of the envelope. */
  public int id() {
    return id;
  }

  /** The HKDF purpose of the device key (see {@link io.qgate.telemetry.keys.DeviceKeyInfo}). */
  public String purpose() {
    return purpose;
  }

  /** Bytes of the device key, the HKDF output length. */
  public int keyLength() {
    return keyLength;
  }

  public int nonceLength() {
    return nonceLength;
  }

  /** The algorithm of an envelope's algorithm byte, if it names one. */
  public static Optional<Algorithm> byId(int id) {
    for (Algorithm algorithm : values()) {
      if (algorithm.id == id) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }

  /** The nonce of {@code sequence}: zeros, then the sequence as 8 bytes big-endian. */
  public byte[] nonceFor(long sequence) {
    byte[] nonce = new byte[nonceLength];
    writeNonce(sequence, nonce, 0);
    return nonce;
  }

  /** Writes {@link #nonceFor}{@code (sequence)} into {@code target} at {@code offset}. */
  void writeNonce(long sequence, byte[] target, int offset) {
    int zeros = nonceLength - 8;
    for (int i = 0; i < zeros; i++) {
      target[offset + i] = 0;
    }
    EnvelopeLayout.putLong(target, offset + zeros, sequence);
  }

  /** Whether the {@link #nonceLength} bytes of {@code source} at {@code offset} are its nonce. */
  boolean isNonceFor(long sequence, byte[] source, int offset) {
    int zeros = nonceLength - 8;
    for (int i = 0; i < zeros; i++) {
      if (source[offset + i] != 0) {
        return false;
      }
    }
    return EnvelopeLayout.getLong(source, offset + zeros) == sequence;
  }

  Aead aead() {
    return aead;
  }
}
