package io.qgate.qkd.authentication;

/**
 * Polynomial evaluation hashing over GF(2^64): a message cut into 64-bit blocks m_1..m_L, followed
 * by a block holding its bit length, hashes to Σ m_i k^{L+2−i} at the key point k. Two different
 * messages of at most L blocks give a difference polynomial of degree ≤ L + 1 with no constant
 * term, so for any c, Pr_k[h_k(m) ⊕ h_k(m') = c] ≤ (L + 1)/2^64: the family is ε-almost-XOR-
 * universal (den Boer 1993; Bierbrauer et al. 1994; Shoup 1996).
 */
public record PolynomialHash(long key) {

  /** A streaming evaluation, for transcripts that arrive in pieces. */
  public PolynomialDigest digest() {
    return new PolynomialDigest(key);
  }

  public long hash(byte[] message) {
    return digest().update(message).finish();
  }

  /** ε = (L + 1) / 2^64 for messages of up to {@code bytes} bytes, L = ⌈bytes/8⌉ blocks. */
  public static double collisionBound(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("negative message length " + bytes);
    }
    return ((bytes + 7) / 8 + 1) / 0x1p64;
  }
}
