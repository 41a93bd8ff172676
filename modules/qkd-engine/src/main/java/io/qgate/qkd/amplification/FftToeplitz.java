package io.qgate.qkd.amplification;

import io.qgate.qkd.bits.BitArray;

/**
 * The Toeplitz product as a GF(2)[x] middle product, computed exactly by a cyclic convolution in
 * Schönhage's ternary FFT. Input and seed are cut into c-bit chunks (c ≤ L, so every chunk product
 * has degree < 2L and survives reduction in R unchanged); 3^k·c ≥ n + ℓ − 1 keeps the wanted output
 * bits free of wrap-around. Cost O(N log N) word operations for N = n + ℓ bits.
 *
 * <p>Because L must be a multiple of 3^(k−1), the cost jumps between sizes; the plan may split the
 * ℓ output rows into parts (rows a..a+r−1 of T need seed bits a..a+n+r−2), reusing the input's
 * transform for every part.
 */
final class FftToeplitz {

  private final int chunk;
  private final int rowsPerPart;
  private final TernaryFft fft;

  private FftToeplitz(Plan plan) {
    this.chunk = plan.chunk;
    this.rowsPerPart = plan.rows;
    this.fft = new TernaryFft(plan.k, plan.l);
  }

  /** Transform length 3^k, block length L, chunk c, output rows per part, modelled cost. */
  private record Plan(int k, int l, int chunk, int rows, double cost) {}

  /** The cheapest (parts, k, L, c) for an n-bit input and ℓ-bit output, by a cost model. */
  static FftToeplitz plan(int inputBits, int outputBits) {
    Plan best = null;
    for (int parts = 1; parts <= 4; parts++) {
      Plan candidate = cheapest(inputBits, outputBits, parts);
      if (best == null || candidate.cost < best.cost) {
        best = candidate;
      }
    }
    return new FftToeplitz(best);
  }

  /** The cheapest (k, L, c) when the output rows are computed in {@code parts} parts. */
  static FftToeplitz plan(int inputBits, int outputBits, int parts) {
    return new FftToeplitz(cheapest(inputBits, outputBits, parts));
  }

  private static Plan cheapest(int inputBits, int outputBits, int parts) {
    Plan best = null;
    int rows = (outputBits + parts - 1) / parts;
    int seedBits = inputBits + rows - 1;
    for (int k = 1; k <= 13; k++) {
      long size = TernaryFft.pow3(k);
      int third = TernaryFft.pow3(k - 1);
      int chunk = (int) ((seedBits + size - 1) / size);
      int l = (chunk + third - 1) / third * third;
      int words = (l + 63) >>> 6;
      // Nanoseconds measured on the reference machine (docs/benchmarks.md): one word of one
      // radix-3 stage, and one 3-word comb product at the bottom of the Karatsuba recursion.
      double transform = k * 2.0 * words * 3.6;
      double pointwise = 3 * Math.pow(3, karatsubaDepth(words)) * 190;
      double cost = size * (transform + parts * (2 * transform + pointwise));
      if (best == null || cost < best.cost) {
        best = new Plan(k, l, chunk, rows, cost);
      }
      if (chunk == 1) {
        break;
      }
    }
    return best;
  }

  private static int karatsubaDepth(int words) {
    int depth = 0;
    for (int w = words; w > Gf2Multiplier.BASE_WORDS; w = (w + 1) / 2) {
      depth++;
    }
    return depth;
  }

  /** Bits n−1 .. n+ℓ−2 of input(x)·seed(x): the Toeplitz hash (see {@link ToeplitzHash}). */
  BitArray hash(BitArray input, BitArray seed, int outputBits) {
    int n = input.length();
    int ew = fft.ring.elementWords;
    long[] x = load(input, 0, n);
    fft.forward(x);
    long[] out = new long[BitArray.wordCount(outputBits) + 1];
    for (int first = 0; first < outputBits; first += rowsPerPart) {
      int rows = Math.min(rowsPerPart, outputBits - first);
      long[] s = load(seed, first, n + rows - 1);
      fft.forward(s);
      for (int e = 0; e < fft.size; e++) {
        fft.ring.multiplyInPlace(s, e * ew, x, e * ew);
      }
      fft.inverse(s);
      BitArray part = assemble(s).slice(n - 1, n - 1 + rows);
      Words.xorAtBit(out, first, part.toWords(), 0, BitArray.wordCount(rows));
    }
    return BitArray.fromWords(out, outputBits);
  }

  // Element j holds bits [from + j·c, from + j·c + c) of the string in its first block.
  private long[] load(BitArray bits, int from, int length) {
    int ew = fft.ring.elementWords;
    long[] v = new long[fft.size * ew];
    for (int e = 0, start = 0; start < length; e++, start += chunk) {
      int len = Math.min(chunk, length - start);
      for (int w = 0, bit = start; bit < start + len; w++, bit += 64) {
        v[e * ew + w] = bits.getBits(from + bit, Math.min(64, start + len - bit));
      }
    }
    return v;
  }

  // Σ_j Z_j·x^(j·c) modulo x^(c·3^k) − 1, the cyclic product of the transformed strings.
  private BitArray assemble(long[] z) {
    int ew = fft.ring.elementWords;
    int bw = fft.ring.blockWords;
    long period = (long) chunk * fft.size;
    long[] product = new long[(int) ((period + 2L * fft.ring.l + 127) >>> 6) + 1];
    for (int e = 0; e < fft.size; e++) {
      long at = (long) e * chunk;
      Words.xorAtBit(product, at, z, e * ew, bw);
      Words.xorAtBit(product, at + fft.ring.l, z, e * ew + bw, bw);
    }
    return foldCyclic(product, period);
  }

  // Everything at or above the period wraps to the start.
  private static BitArray foldCyclic(long[] product, long period) {
    long[] folded = new long[(int) ((period + 63) >>> 6) + 1];
    long[] piece = new long[1];
    long target = -64;
    for (int w = 0; w < product.length; w++) {
      target += 64; // = 64·w mod period
      if (target >= period) {
        target %= period;
      }
      if (product[w] == 0) {
        continue;
      }
      long fits = Math.min(64, period - target);
      piece[0] = fits == 64 ? product[w] : product[w] & ((1L << fits) - 1);
      Words.xorAtBit(folded, target, piece, 0, 1);
      // The rest of the word wraps past the period, more than once for tiny periods.
      for (long bit = fits; bit < 64; bit++) {
        if ((product[w] >>> bit & 1) != 0) {
          long at = (target + bit) % period;
          folded[(int) (at >>> 6)] ^= 1L << at;
        }
      }
    }
    return BitArray.fromWords(folded, (int) period);
  }
}
