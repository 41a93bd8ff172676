package io.qgate.qkd.amplification;

import java.util.Arrays;

/** Shifts and XORs of bit strings packed in {@code long} words, bit i in word i / 64. */
final class Words {

  private Words() {}

  /** {@code dst[0 ..words) = (src << shift)} truncated to the block, last word masked. */
  static void shiftedLeft(long[] src, int so, int words, int shift, long topMask, long[] dst) {
    int ws = shift >>> 6;
    int bs = shift & 63;
    for (int w = words - 1; w >= ws; w--) {
      long v = src[so + w - ws] << bs;
      if (bs != 0 && w - ws - 1 >= 0) {
        v |= src[so + w - ws - 1] >>> (64 - bs);
      }
      dst[w] = v;
    }
    Arrays.fill(dst, 0, Math.min(ws, words), 0L);
    dst[words - 1] &= topMask;
  }

  /** {@code dst[dOff ..dOff+dstWords) ^= (src >> shift)}, src being {@code srcWords} words. */
  static void xorShiftedRight(
      long[] src, int so, int srcWords, int shift, long[] dst, int dOff, int dstWords) {
    int ws = shift >>> 6;
    int bs = shift & 63;
    int count = Math.min(dstWords, srcWords - ws);
    for (int w = 0; w < count; w++) {
      long v = src[so + w + ws] >>> bs;
      if (bs != 0 && w + ws + 1 < srcWords) {
        v |= src[so + w + ws + 1] << (64 - bs);
      }
      dst[dOff + w] ^= v;
    }
  }

  /** {@code dst[dOff ..dOff+words) ^= src[0 ..words)}, the last word masked. */
  static void xorLowBits(long[] src, long topMask, int words, long[] dst, int dOff) {
    for (int w = 0; w < words - 1; w++) {
      dst[dOff + w] ^= src[w];
    }
    dst[dOff + words - 1] ^= src[words - 1] & topMask;
  }

  /**
   * XORs the {@code words} words at {@code src[so]} into {@code dst} starting at bit {@code bit}.
   */
  static void xorAtBit(long[] dst, long bit, long[] src, int so, int words) {
    int dw = (int) (bit >>> 6);
    int bs = (int) (bit & 63);
    if (bs == 0) {
      for (int w = 0; w < words; w++) {
        dst[dw + w] ^= src[so + w];
      }
      return;
    }
    for (int w = 0; w < words; w++) {
      long v = src[so + w];
      dst[dw + w] ^= v << bs;
      dst[dw + w + 1] ^= v >>> (64 - bs);
    }
  }
}
