package io.qgate.qkd.reconciliation;

import io.qgate.qkd.bits.BitArray;
import io.qgate.qkd.information.ShannonEntropy;
import java.util.SplittableRandom;

/**
 * Monte-Carlo frames for Cascade: Alice's key is uniformly random and Bob's differs in exactly
 * round(q·n) random positions, the error model of Rijsman's cascade-cpp, so that efficiencies are
 * comparable with the figures it reproduces from Martinez-Mateo et al. 2015.
 */
public final class CascadeSimulation {

  private CascadeSimulation() {}

  /** One frame: {@code [alice, bob]} with exactly round(qber·n) differing bits. */
  public static BitArray[] frame(int n, double qber, SplittableRandom random) {
    BitArray alice = BitArray.random(n, random);
    BitArray bob = alice.copy();
    int errors = (int) Math.round(qber * n);
    BitArray flipped = new BitArray(n);
    for (int e = 0; e < errors; ) {
      int i = random.nextInt(n);
      if (!flipped.get(i)) {
        flipped.set(i, true);
        bob.flip(i);
        e++;
      }
    }
    return new BitArray[] {alice, bob};
  }

  /** Reconciles {@code runs} independent frames and summarises them. */
  public static CascadeStatistics run(
      Reconciler reconciler, int n, double qber, int runs, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double efficiencySum = 0;
    double efficiencySquares = 0;
    int efficiencyFrames = 0;
    int frameErrors = 0;
    long disclosed = 0;
    long messages = 0;
    long residualBitErrors = 0;
    long nanos = 0;
    for (int r = 0; r < runs; r++) {
      BitArray[] keys = frame(n, qber, random);
      int errors = keys[0].hammingDistance(keys[1]);
      long start = System.nanoTime();
      ReconciliationResult result = reconciler.reconcile(keys[0], keys[1], qber);
      nanos += System.nanoTime() - start;
      int residual = result.corrected().hammingDistance(keys[0]);
      frameErrors += residual > 0 ? 1 : 0;
      residualBitErrors += residual;
      disclosed += result.disclosedBits();
      messages += result.messages();
      if (errors > 0) {
        // Efficiency against the frame's actual error rate, as cascade-cpp reports it.
        double f = result.disclosedBits() / (n * ShannonEntropy.binary((double) errors / n));
        efficiencySum += f;
        efficiencySquares += f * f;
        efficiencyFrames++;
      }
    }
    double mean = efficiencyFrames == 0 ? Double.NaN : efficiencySum / efficiencyFrames;
    double variance =
        efficiencyFrames < 2
            ? 0
            : (efficiencySquares - efficiencyFrames * mean * mean) / (efficiencyFrames - 1);
    return new CascadeStatistics(
        n,
        qber,
        runs,
        mean,
        Math.sqrt(Math.max(0, variance / Math.max(1, efficiencyFrames))),
        (double) frameErrors / runs,
        (double) residualBitErrors / ((double) runs * n),
        (double) disclosed / runs,
        (double) messages / runs,
        nanos == 0 ? Double.NaN : (double) runs * n / (nanos / 1e3));
  }
}
