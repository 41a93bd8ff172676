package io.qgate.qkd.authentication;

/**
 * Horner evaluation of {@link PolynomialHash}: acc ← (acc ⊕ block) · k per 64-bit block, the last
 * partial block padded with zeros, then the length block. Its memory is one block whatever the
 * message length.
 */
public final class PolynomialDigest {

  private final long key;
  private long accumulator;
  private long pending;
  private int pendingBytes;
  private long totalBytes;
  private boolean finished;

  PolynomialDigest(long key) {
    this.key = key;
  }

  public PolynomialDigest update(byte[] bytes) {
    return update(bytes, 0, bytes.length);
  }

  public PolynomialDigest update(byte[] bytes, int offset, int length) {
    if (finished) {
      throw new IllegalStateException("digest already finished");
    }
    for (int i = offset; i < offset + length; i++) {
      pending |= (bytes[i] & 0xFFL) << (8 * pendingBytes);
      if (++pendingBytes == 8) {
        absorb(pending);
        pending = 0;
        pendingBytes = 0;
      }
    }
    totalBytes += length;
    return this;
  }

  /** A 64-bit value as 8 little-endian bytes (a length prefix, a counter). */
  public PolynomialDigest update(long value) {
    byte[] bytes = new byte[8];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (value >>> (8 * i));
    }
    return update(bytes);
  }

  /** The hash; the length block makes zero padding unambiguous. */
  public long finish() {
    if (finished) {
      throw new IllegalStateException("digest already finished");
    }
    finished = true;
    if (pendingBytes > 0) {
      absorb(pending);
    }
    absorb(totalBytes * 8);
    return accumulator;
  }

  long bytes() {
    return totalBytes;
  }

  private void absorb(long block) {
    accumulator = Gf64.multiply(accumulator ^ block, key);
  }
}
