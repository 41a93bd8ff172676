package io.qgate.qkd.amplification;

/**
 * Products of packed GF(2)[x] polynomials (carry-less multiplication) of a fixed word count: the
 * pointwise products of the ternary FFT. Karatsuba down to three words, then a left-to-right comb
 * with a 4-bit window (López and Dahab, "High-speed software multiplication in F_2^m", INDOCRYPT
 * 2000) whose six result words stay in registers. One instance per thread: it owns its scratch
 * space.
 */
final class Gf2Multiplier {

  static final int BASE_WORDS = 3;

  private final int words;
  private final long[] table = new long[16 * 4];
  private final Gf2Multiplier half;
  private final long[] sumA;
  private final long[] sumB;
  private final long[] middle;
  private final long[] wide;

  /** Multiplies polynomials of {@code words} 64-bit words each. */
  Gf2Multiplier(int words) {
    this.words = words;
    if (words <= BASE_WORDS) {
      half = null;
      sumA = sumB = middle = wide = null;
    } else {
      int h = (words + 1) / 2;
      half = new Gf2Multiplier(h);
      sumA = new long[h];
      sumB = new long[h];
      middle = new long[2 * h];
      wide = new long[4 * h];
    }
  }

  /** {@code r[ro ..ro+2n) = a[ao ..ao+n) * b[bo ..bo+n)} over GF(2), n = word count. */
  void multiply(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
    if (half == null) {
      comb3(a, ao, b, bo, r, ro);
    } else {
      karatsuba(a, ao, b, bo, r, ro);
    }
  }

  // Operands of up to three words; missing words read as zero.
  private void comb3(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
    int n = words;
    long[] t = table;
    // t[4u .. 4u+3] = u(x) * b(x) for the 16 polynomials u of degree < 4.
    t[0] = t[1] = t[2] = t[3] = 0;
    t[4] = b[bo];
    t[5] = n > 1 ? b[bo + 1] : 0;
    t[6] = n > 2 ? b[bo + 2] : 0;
    t[7] = 0;
    for (int u = 2; u < 16; u += 2) {
      int s = (u >> 1) << 2;
      int d = u << 2;
      t[d] = t[s] << 1;
      t[d + 1] = t[s + 1] << 1 | t[s] >>> 63;
      t[d + 2] = t[s + 2] << 1 | t[s + 1] >>> 63;
      t[d + 3] = t[s + 3] << 1 | t[s + 2] >>> 63;
      t[d + 4] = t[d] ^ t[4];
      t[d + 5] = t[d + 1] ^ t[5];
      t[d + 6] = t[d + 2] ^ t[6];
      t[d + 7] = t[d + 3];
    }
    long a0 = a[ao];
    long a1 = n > 1 ? a[ao + 1] : 0;
    long a2 = n > 2 ? a[ao + 2] : 0;
    long r0 = 0;
    long r1 = 0;
    long r2 = 0;
    long r3 = 0;
    long r4 = 0;
    long r5 = 0;
    // Horner over nibble positions: r = r * x^4 + sum_i t[nibble_i] * x^(64 i).
    for (int s = 60; ; s -= 4) {
      int i0 = (int) (a0 >>> s & 15) << 2;
      int i1 = (int) (a1 >>> s & 15) << 2;
      int i2 = (int) (a2 >>> s & 15) << 2;
      r0 ^= t[i0];
      r1 ^= t[i0 + 1] ^ t[i1];
      r2 ^= t[i0 + 2] ^ t[i1 + 1] ^ t[i2];
      r3 ^= t[i0 + 3] ^ t[i1 + 2] ^ t[i2 + 1];
      r4 ^= t[i1 + 3] ^ t[i2 + 2];
      r5 ^= t[i2 + 3];
      if (s == 0) {
        break;
      }
      r5 = r5 << 4 | r4 >>> 60;
      r4 = r4 << 4 | r3 >>> 60;
      r3 = r3 << 4 | r2 >>> 60;
      r2 = r2 << 4 | r1 >>> 60;
      r1 = r1 << 4 | r0 >>> 60;
      r0 <<= 4;
    }
    r[ro] = r0;
    r[ro + 1] = r1;
    if (n > 1) {
      r[ro + 2] = r2;
      r[ro + 3] = r3;
    }
    if (n > 2) {
      r[ro + 4] = r4;
      r[ro + 5] = r5;
    }
  }

  // Karatsuba: (a0 + a1 X)(b0 + b1 X) = p0 + (pm + p0 + p2) X + p2 X^2, X = x^(64 h).
  private void karatsuba(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
    int n = words;
    int h = (n + 1) / 2;
    int high = n - h;
    long[] ah = sumA;
    long[] bh = sumB;
    for (int w = 0; w < h; w++) {
      ah[w] = w < high ? a[ao + h + w] : 0;
      bh[w] = w < high ? b[bo + h + w] : 0;
    }
    // Both half products fill their 2h words completely, so wide needs no clearing.
    half.multiply(a, ao, b, bo, wide, 0); // p0 in [0, 2h)
    half.multiply(ah, 0, bh, 0, wide, 2 * h); // p2 in [2h, 4h)
    for (int w = 0; w < h; w++) {
      ah[w] ^= a[ao + w];
      bh[w] ^= b[bo + w];
    }
    half.multiply(ah, 0, bh, 0, middle, 0); // pm
    for (int w = 0; w < 2 * h; w++) {
      middle[w] ^= wide[w] ^ wide[2 * h + w];
    }
    for (int w = 0; w < 2 * h; w++) {
      wide[h + w] ^= middle[w];
    }
    System.arraycopy(wide, 0, r, ro, 2 * n);
  }
}
