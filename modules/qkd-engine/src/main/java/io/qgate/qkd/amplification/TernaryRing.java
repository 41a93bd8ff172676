package io.qgate.qkd.amplification;

import java.util.Arrays;

/**
 * The ring R = GF(2)[x]/(x^2L + x^L + 1) of Schönhage's ternary FFT (A. Schönhage, "Schnelle
 * Multiplikation von Polynomen über Körpern der Charakteristik 2", Acta Inf. 7 (1977) 395–398). In
 * R, x^3L = 1, so powers of x are roots of unity and multiplying by them costs only shifts and
 * XORs. An element a0 + a1·x^L is stored as two word-aligned L-bit blocks: {@code B} words for a0,
 * then {@code B} words for a1, high bits past L kept zero.
 */
final class TernaryRing {

  final int l;
  final int blockWords;
  final int elementWords;
  private final long topMask;
  private final long[] n0;
  private final long[] n1;
  private final long[] h;
  private final long[] p0;
  private final long[] p2;
  private final long[] pm;
  private final long[] sa;
  private final long[] sb;
  private final Gf2Multiplier multiplier;

  TernaryRing(int l) {
    this.l = l;
    this.blockWords = (l + 63) >>> 6;
    this.elementWords = 2 * blockWords;
    this.topMask = (l & 63) == 0 ? -1L : -1L >>> (64 - (l & 63));
    n0 = new long[blockWords];
    n1 = new long[blockWords];
    h = new long[blockWords];
    p0 = new long[2 * blockWords];
    p2 = new long[2 * blockWords];
    pm = new long[2 * blockWords];
    sa = new long[blockWords];
    sb = new long[blockWords];
    multiplier = new Gf2Multiplier(blockWords);
  }

  /** {@code dst = src · x^e} for 0 ≤ e < 3L; {@code src} and {@code dst} must not overlap. */
  void multiplyByXPower(long[] src, int s, long[] dst, int d, int e) {
    int q = e / l;
    int r = e % l;
    int b = blockWords;
    if (r == 0) {
      System.arraycopy(src, s, n0, 0, b);
      System.arraycopy(src, s + b, n1, 0, b);
    } else {
      // a·x^r with the overflow folded back by x^2L = x^L + 1 (see class comment).
      Arrays.fill(h, 0L);
      Words.xorShiftedRight(src, s + b, b, l - r, h, 0, b);
      Words.shiftedLeft(src, s, b, r, topMask, n0);
      Words.shiftedLeft(src, s + b, b, r, topMask, n1);
      Words.xorShiftedRight(src, s, b, l - r, n1, 0, b);
      for (int w = 0; w < b; w++) {
        n0[w] ^= h[w];
        n1[w] ^= h[w];
      }
    }
    // rho = x^L acts on blocks: rho(a0, a1) = (a1, a0 + a1), rho^2(a0, a1) = (a0 + a1, a0).
    for (int w = 0; w < b; w++) {
      long x0 = n0[w];
      long x1 = n1[w];
      switch (q) {
        case 0 -> {
          dst[d + w] = x0;
          dst[d + b + w] = x1;
        }
        case 1 -> {
          dst[d + w] = x1;
          dst[d + b + w] = x0 ^ x1;
        }
        default -> {
          dst[d + w] = x0 ^ x1;
          dst[d + b + w] = x0;
        }
      }
    }
  }

  /** {@code a[ia] = a[ia] · b[ib]} in R, by three L-bit products (Karatsuba). */
  void multiplyInPlace(long[] a, int ia, long[] b, int ib) {
    int w = blockWords;
    multiplier.multiply(a, ia, b, ib, p0, 0);
    multiplier.multiply(a, ia + w, b, ib + w, p2, 0);
    for (int i = 0; i < w; i++) {
      sa[i] = a[ia + i] ^ a[ia + w + i];
      sb[i] = b[ib + i] ^ b[ib + w + i];
    }
    multiplier.multiply(sa, 0, sb, 0, pm, 0);
    // (a0 + a1 X)(b0 + b1 X) = U + V X with U = p0 + p2, V = pm + p0, X^2 = X + 1.
    for (int i = 0; i < 2 * w; i++) {
      p2[i] ^= p0[i]; // U
      pm[i] ^= p0[i]; // V
    }
    Arrays.fill(a, ia, ia + 2 * w, 0L);
    Words.xorLowBits(p2, topMask, w, a, ia); // U_lo -> block 0
    Words.xorShiftedRight(pm, 0, 2 * w, l, a, ia, w); // V_hi -> block 0
    Words.xorShiftedRight(p2, 0, 2 * w, l, a, ia + w, w); // U_hi -> block 1
    Words.xorLowBits(pm, topMask, w, a, ia + w); // V_lo -> block 1
    Words.xorShiftedRight(pm, 0, 2 * w, l, a, ia + w, w); // V_hi -> block 1
  }
}
