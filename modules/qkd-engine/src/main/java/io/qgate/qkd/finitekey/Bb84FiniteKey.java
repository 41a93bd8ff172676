package io.qgate.qkd.finitekey;

import io.qgate.qkd.estimation.SerflingBound;
import io.qgate.qkd.information.ShannonEntropy;

/**
 * Finite-key length of BB84 with a qubit source of preparation quality q = 1 (Tomamichel, Lim,
 * Gisin, Renner, Nat. Commun. 3, 634 (2012), Theorem 2, Eq. 2):
 *
 * <pre>ℓ ≤ n(1 − h(Q_tol + μ)) − leak_EC − log2(2 / (ε_sec² ε_cor)),
 * μ = sqrt((n+k)/(nk) · (k+1)/k · ln(4/ε_sec)).</pre>
 *
 * The uncertainty relation turns the phase-error bound Q_tol + μ into Eve's min-entropy; μ is
 * Serfling's deviation at failure (ε_sec/4)², the smoothing that Eq. S3 spends ε_sec/4 on.
 */
public final class Bb84FiniteKey {

  private Bb84FiniteKey() {}

  /** ℓ with leak_EC = f · n · h(Q_tol) (Tomamichel 2012, Discussion). */
  public static Bb84KeyLength length(Bb84Block block) {
    return lengthWithLeakage(block, block.estimatedLeakage());
  }

  /** ℓ with the leakage a reconciliation actually disclosed (Tomamichel 2012 Eq. 2 as stated). */
  public static Bb84KeyLength lengthWithLeakage(Bb84Block block, double leakBits) {
    if (!(leakBits >= 0) || Double.isInfinite(leakBits)) {
      throw new IllegalArgumentException("leak_EC must be finite and >= 0, was " + leakBits);
    }
    long n = block.keyBits();
    double epsSec = block.security().epsilonSecret();
    double epsCor = block.security().epsilonCorrect();
    // μ of Eq. 2: Serfling at failure (ε_sec/4)² equals sqrt(… ln(4/ε_sec)).
    double mu = SerflingBound.deviation(n, block.sampleBits(), Math.pow(epsSec / 4, 2));
    double phaseErrorBound = block.qberTolerance() + mu;
    // n(q − h(Q_tol + μ)) with q = 1 (Tomamichel 2012 Eq. S8).
    double entropy = n * (1 - ShannonEntropy.binaryOfErrorBound(phaseErrorBound));
    // log2(2/(ε_sec² ε_cor)) (Tomamichel 2012 Eq. 2): log2(2/ε_cor) for verification, 2
    // log2(1/ε_sec)
    // for the leftover hash lemma.
    double penalty = ShannonEntropy.log2(2 / epsCor) + 2 * ShannonEntropy.log2(1 / epsSec);
    return new Bb84KeyLength(block, mu, phaseErrorBound, entropy, leakBits, penalty);
  }

  /** The asymptotic key n(1 − h(Q)) − f·n·h(Q) that ℓ approaches as n → ∞ (Tomamichel 2012). */
  public static double asymptoticLength(long keyBits, double qber, double ecEfficiency) {
    return keyBits
        * (1
            - ShannonEntropy.binaryOfErrorBound(qber)
            - ecEfficiency * ShannonEntropy.binaryOfErrorBound(qber));
  }
}
