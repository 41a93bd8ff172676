package io.qgate.qkd.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;

/**
 * Draws an index i with probability w_i / Σw in constant time, from one 64-bit random number:
 * Walker's alias method with Vose's stable construction (Walker, ACM TOMS 3 253 (1977); Vose, IEEE
 * TSE 17 972 (1991)). The high 32 bits pick a column, the low 32 bits toss its biased coin.
 */
final class AliasTable {

  private final long[] threshold; // coin < threshold keeps the column, as a 32-bit fraction
  private final int[] alias;

  AliasTable(double[] weights) {
    int n = weights.length;
    double total = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite and >= 0");
      }
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    threshold = new long[n];
    alias = new int[n];
    double[] scaled = new double[n];
    Deque<Integer> small = new ArrayDeque<>();
    Deque<Integer> large = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / total;
      (scaled[i] < 1 ? small : large).push(i);
    }
    while (!small.isEmpty() && !large.isEmpty()) {
      int s = small.pop();
      int l = large.pop();
      threshold[s] = (long) (scaled[s] * 0x1p32);
      alias[s] = l;
      scaled[l] += scaled[s] - 1;
      (scaled[l] < 1 ? small : large).push(l);
    }
    for (Deque<Integer> rest : java.util.List.of(small, large)) {
      for (int i : rest) {
        threshold[i] = 1L << 32; // rounding leftovers: always keep
        alias[i] = i;
      }
    }
  }

  int sample(RandomGenerator random) {
    long r = random.nextLong();
    int column = (int) (((r >>> 32) * threshold.length) >>> 32);
    return (r & 0xFFFFFFFFL) < threshold[column] ? column : alias[column];
  }
}
