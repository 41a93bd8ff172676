package io.qgate.qkd.estimation;

import java.util.random.RandomGenerator;

/**
 * The random subset Alice and Bob disclose for parameter estimation. Both draw it from a shared
 * public random source after sifting, so Eve cannot know beforehand which positions are tested —
 * the premise of every sampling bound used here.
 */
public final class SampleSelection {

  private SampleSelection() {}

  /**
   * k of n positions, uniformly among all k-subsets, ascending. Selection sampling (Knuth, TAOCP
   * vol. 2, Algorithm 3.4.2 S): keep position i with probability (k − chosen)/(n − i); one pass, no
   * memory beyond the result.
   */
  public static int[] choose(int n, int k, RandomGenerator random) {
    if (n < 0 || k < 0 || k > n) {
      throw new IllegalArgumentException("cannot choose " + k + " of " + n + " positions");
    }
    int[] chosen = new int[k];
    int taken = 0;
    for (int i = 0; i < n && taken < k; i++) {
      if (random.nextLong(n - i) < k - taken) {
        chosen[taken++] = i;
      }
    }
    return chosen;
  }

  /** The positions of 0..n−1 not in {@code ascending} (which must be sorted and distinct). */
  public static int[] complement(int n, int[] ascending) {
    int[] rest = new int[n - ascending.length];
    int next = 0;
    int r = 0;
    for (int i = 0; i < n; i++) {
      if (next < ascending.length && ascending[next] == i) {
        next++;
      } else {
        rest[r++] = i;
      }
    }
    if (next != ascending.length) {
      throw new IllegalArgumentException("sample positions must be ascending and below " + n);
    }
    return rest;
  }

  /** k = round(fraction · n), kept inside [1, n − 1] so both parts are non-empty. */
  public static int sampleSize(int n, double fraction) {
    if (!(fraction > 0 && fraction < 1) || n < 2) {
      throw new IllegalArgumentException(
          "need 0 < fraction < 1 and n >= 2, were " + fraction + " and " + n);
    }
    return (int) Math.min(n - 1, Math.max(1, Math.round(fraction * n)));
  }
}
