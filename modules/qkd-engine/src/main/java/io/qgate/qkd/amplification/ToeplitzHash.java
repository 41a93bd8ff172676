package io.qgate.qkd.amplification;

import io.qgate.qkd.bits.BitArray;

/**
 * Toeplitz hashing y = T·x over GF(2), the universal hash family of privacy amplification
 * (Carter–Wegman 1979; Krawczyk, CRYPTO 1994). T is ℓ×n with T[i][j] = s[i − j + n − 1] for a seed
 * s of n + ℓ − 1 bits: the first row is s[n−1], s[n−2], ..., s[0] and the first column s[n−1] ...
 * s[n+ℓ−2]. Then y[i] = ⊕_j s[i−j+n−1]·x[j] is bit i + n − 1 of the polynomial product s(x)·x(x) (a
 * "middle product").
 *
 * <p>{@link #hash} computes that product exactly with Schönhage's ternary FFT over GF(2)[x] in O(N
 * log N) word operations; {@link #hashDirect} is the O(n·ℓ) definition, kept as the reference the
 * fast path is tested against bit for bit.
 */
public final class ToeplitzHash {

  /**
   * The direct product costs about n·⌈ℓ/64⌉/2 word operations, the transform about 12 ms per 10^6
   * bits whatever ℓ: below these sizes direct wins (measured, docs/benchmarks.md).
   */
  static final int DIRECT_MAX_OUTPUT = 384;

  static final long DIRECT_MAX_ENTRIES = 1L << 20;

  private ToeplitzHash() {}

  /** Seed length for an n-bit input and ℓ-bit output: n + ℓ − 1. */
  public static int seedBits(int inputBits, int outputBits) {
    return inputBits + outputBits - 1;
  }

  /** T·x with T built from {@code seed}; exact, O(N log N). */
  public static BitArray hash(BitArray input, BitArray seed, int outputBits) {
    check(input, seed, outputBits);
    if (outputBits == 0) {
      return new BitArray(0);
    }
    if (outputBits <= DIRECT_MAX_OUTPUT
        || (long) input.length() * outputBits <= DIRECT_MAX_ENTRIES) {
      return hashDirect(input, seed, outputBits);
    }
    return hashFft(input, seed, outputBits);
  }

  /** The transform path at any size (tests compare it with {@link #hashDirect}). */
  static BitArray hashFft(BitArray input, BitArray seed, int outputBits) {
    check(input, seed, outputBits);
    return FftToeplitz.plan(input.length(), outputBits).hash(input, seed, outputBits);
  }

  /** T·x by the definition: XOR of the seed windows selected by the input's one bits. */
  public static BitArray hashDirect(BitArray input, BitArray seed, int outputBits) {
    check(input, seed, outputBits);
    int n = input.length();
    long[] out = new long[BitArray.wordCount(outputBits)];
    for (int w = 0; w < BitArray.wordCount(n); w++) {
      for (long bits = input.word(w); bits != 0; bits &= bits - 1) {
        int j = (w << 6) + Long.numberOfTrailingZeros(bits);
        // Column j of T is s[n−1−j .. n−1−j+ℓ).
        int start = n - 1 - j;
        for (int o = 0; o < out.length; o++) {
          out[o] ^= seed.getBits(start + 64 * o, Math.min(64, outputBits - 64 * o));
        }
      }
    }
    return BitArray.fromWords(out, outputBits);
  }

  private static void check(BitArray input, BitArray seed, int outputBits) {
    if (input.length() < 1) {
      throw new IllegalArgumentException("empty input");
    }
    if (outputBits < 0 || outputBits > input.length()) {
      throw new IllegalArgumentException(
          "output of " + outputBits + " bits from " + input.length() + " input bits");
    }
    if (outputBits > 0 && seed.length() != seedBits(input.length(), outputBits)) {
      throw new IllegalArgumentException(
          "seed has "
              + seed.length()
              + " bits, needs n + l - 1 = "
              + seedBits(input.length(), outputBits));
    }
  }
}
