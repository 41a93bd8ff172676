package io.qgate.qkd.estimation;

import io.qgate.qkd.bits.BitArray;
import java.util.random.RandomGenerator;

/**
 * The parameter-estimation step of a session: choose the sample from a shared public random source,
 * compare Alice's and Bob's bits there, and keep the rest as raw key. The sample is public, so it
 * never enters the key.
 */
public final class ParameterEstimation {

  private final double failureProbability;

  /** Estimation whose bound fails with probability at most ε_PE. */
  public ParameterEstimation(double failureProbability) {
    if (!(failureProbability > 0 && failureProbability < 1)) {
      throw new IllegalArgumentException("ε_PE must be in (0, 1), was " + failureProbability);
    }
    this.failureProbability = failureProbability;
  }

  /** Sample k random positions of the sifted keys, count errors there, keep the other n − k. */
  public EstimationOutcome estimate(
      BitArray alice, BitArray bob, int sampleSize, RandomGenerator shared) {
    if (alice.length() != bob.length()) {
      throw new IllegalArgumentException(
          "sifted keys differ in length: " + alice.length() + " and " + bob.length());
    }
    int n = alice.length();
    if (sampleSize < 1 || sampleSize >= n) {
      throw new IllegalArgumentException("sample size must be in [1, " + (n - 1) + "]");
    }
    int[] sample = SampleSelection.choose(n, sampleSize, shared);
    int[] kept = SampleSelection.complement(n, sample);
    long errors = alice.gather(sample).hammingDistance(bob.gather(sample));
    QberEstimate estimate = fromCounts(kept.length, sampleSize, errors);
    return new EstimationOutcome(estimate, alice.gather(kept), bob.gather(kept), sample);
  }

  /** The estimate from counts alone, when the bits live elsewhere. */
  public QberEstimate fromCounts(long kept, long sampled, long errors) {
    return new QberEstimate(kept, sampled, errors, failureProbability);
  }
}
