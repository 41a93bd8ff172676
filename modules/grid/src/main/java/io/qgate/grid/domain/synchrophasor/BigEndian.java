package io.qgate.grid.domain.synchrophasor;

/**
 * Network byte order on a byte array, in place: C37.118.2-2011 §6 sends every word most significant
 * byte first. Hand-written shifts instead of a ByteBuffer so that decoding a frame allocates
 * nothing but the frame.
 */
final class BigEndian {

  private BigEndian() {}

  /** Writes the low 16 bits of {@code v} at {@code p}; returns the next offset. */
  static int put16(byte[] b, int p, int v) {
    b[p] = (byte) (v >>> 8);
    b[p + 1] = (byte) v;
    return p + 2;
  }

  /** Writes {@code v} at {@code p}; returns the next offset. */
  static int put32(byte[] b, int p, int v) {
    b[p] = (byte) (v >>> 24);
    b[p + 1] = (byte) (v >>> 16);
    b[p + 2] = (byte) (v >>> 8);
    b[p + 3] = (byte) v;
    return p + 4;
  }

  /** The unsigned 16-bit word at {@code p}. */
  static int get16(byte[] b, int p) {
    return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
  }

  /** The 32-bit word at {@code p} (mask with 0xFFFFFFFFL for the unsigned value). */
  static int get32(byte[] b, int p) {
    return ((b[p] & 0xFF) << 24)
        | ((b[p + 1] & 0xFF) << 16)
        | ((b[p + 2] & 0xFF) << 8)
        | (b[p + 3] & 0xFF);
  }
}
