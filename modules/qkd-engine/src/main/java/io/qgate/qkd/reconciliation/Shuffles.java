package io.qgate.qkd.reconciliation;

import io.qgate.qkd.bits.BitArray;
import java.util.SplittableRandom;

/**
 * The public random permutations of Cascade's passes for one frame length, drawn from a seed both
 * parties share. Pass 0 keeps the natural order (Brassard–Salvail 1993 start from the sifted
 * order); pass p ≥ 1 puts original bit {@code order(p)[i]} at position i. Immutable and reused
 * across frames of the same length, as cascade-cpp caches its shuffles: the errors of each frame
 * are fresh, so reusing public permutations changes no statistics.
 */
final class Shuffles {

  private final int n;
  private final int[][] order;
  private final int[][] position;
  private final BitArray[] firstHalf;

  Shuffles(int n, int passes, long seed) {
    this.n = n;
    this.order = new int[passes][];
    this.position = new int[passes][];
    this.firstHalf = new BitArray[passes];
    SplittableRandom random = new SplittableRandom(seed);
    for (int p = 1; p < passes; p++) {
      int[] perm = new int[n];
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      for (int i = n - 1; i > 0; i--) { // Fisher–Yates
        int j = random.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      int[] inverse = new int[n];
      BitArray mask = new BitArray(n);
      for (int i = 0; i < n; i++) {
        inverse[perm[i]] = i;
        if (i < (n + 1) / 2) {
          mask.set(perm[i], true);
        }
      }
      order[p] = perm;
      position[p] = inverse;
      firstHalf[p] = mask;
    }
  }

  int length() {
    return n;
  }

  /** Original index of shuffled position i in pass p (null for pass 0: identity). */
  int[] order(int pass) {
    return order[pass];
  }

  /** Shuffled position of original bit j in pass p. */
  int positionOf(int pass, int j) {
    return pass == 0 ? j : position[pass][j];
  }

  /** Original bits that pass p puts in its first ⌈n/2⌉ positions (null for pass 0). */
  BitArray firstHalf(int pass) {
    return firstHalf[pass];
  }
}
