package io.qgate.qkd.bench;

import io.qgate.qkd.bits.BitArray;

/**
 * The textbook fast Toeplitz hash: the middle product by a number-theoretic transform modulo p =
 * 998244353 = 119·2^23 + 1 (primitive root 3), one key bit per coefficient. Exact because every
 * convolution value is at most n &lt; p. A benchmark baseline only.
 */
final class NttToeplitz {

  private static final long P = 998_244_353L;
  private static final long G = 3;

  private NttToeplitz() {}

  static BitArray hash(BitArray input, BitArray seed, int outputBits) {
    int n = input.length();
    int size = Integer.highestOneBit(Math.max(1, seed.length() - 1)) << 1; // ≥ n + ℓ − 1
    long[] x = new long[size];
    long[] s = new long[size];
    for (int i = 0; i < n; i++) {
      x[i] = input.get(i) ? 1 : 0;
    }
    for (int i = 0; i < seed.length(); i++) {
      s[i] = seed.get(i) ? 1 : 0;
    }
    transform(x, false);
    transform(s, false);
    for (int i = 0; i < size; i++) {
      x[i] = x[i] * s[i] % P;
    }
    transform(x, true);
    BitArray out = new BitArray(outputBits);
    for (int i = 0; i < outputBits; i++) {
      out.set(i, (x[i + n - 1] & 1) != 0); // cyclic wrap misses these indices: size ≥ n + ℓ − 1
    }
    return out;
  }

  private static void transform(long[] a, boolean inverse) {
    int size = a.length;
    for (int i = 1, j = 0; i < size; i++) {
      int bit = size >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
    }
    for (int len = 2; len <= size; len <<= 1) {
      long w = power(G, (P - 1) / len);
      if (inverse) {
        w = power(w, P - 2);
      }
      for (int i = 0; i < size; i += len) {
        long wn = 1;
        for (int j = 0; j < len / 2; j++) {
          long u = a[i + j];
          long v = a[i + j + len / 2] * wn % P;
          a[i + j] = u + v < P ? u + v : u + v - P;
          a[i + j + len / 2] = u - v >= 0 ? u - v : u - v + P;
          wn = wn * w % P;
        }
      }
    }
    if (inverse) {
      long scale = power(size, P - 2);
      for (int i = 0; i < size; i++) {
        a[i] = a[i] * scale % P;
      }
    }
  }

  private static long power(long base, long exponent) {
    long result = 1;
    base %= P;
    for (; exponent > 0; exponent >>= 1) {
      if ((exponent & 1) != 0) {
        result = result * base % P;
      }
      base = base * base % P;
    }
    return result;
  }
}
