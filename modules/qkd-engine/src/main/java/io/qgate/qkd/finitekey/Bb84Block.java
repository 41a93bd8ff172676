package io.qgate.qkd.finitekey;

import io.qgate.qkd.information.ShannonEntropy;

/**
 * One post-processing block of (asymmetric) BB84: N sifted bits of which k are disclosed for
 * parameter estimation and n = N − k become raw key (Tomamichel 2012, Table I).
 *
 * @param siftedBits N = n + k
 * @param sampleBits k, the parameter-estimation bits
 * @param qberTolerance Q_tol: the protocol aborts if the sample's error rate exceeds it
 * @param ecEfficiency f ≥ 1 of leak_EC = f · n · h(Q_tol)
 */
public record Bb84Block(
    long siftedBits,
    long sampleBits,
    double qberTolerance,
    double ecEfficiency,
    SecurityParameters security) {

  public Bb84Block {
    if (siftedBits < 1) {
      throw new IllegalArgumentException("sifted bits must be >= 1, was " + siftedBits);
    }
    if (sampleBits <= 0 || sampleBits >= siftedBits) {
      throw new IllegalArgumentException(
          "sample must be in (0, " + siftedBits + "), was " + sampleBits);
    }
    if (!(qberTolerance >= 0 && qberTolerance < 0.5)) {
      throw new IllegalArgumentException("Q_tol must be in [0, 0.5), was " + qberTolerance);
    }
    if (!(ecEfficiency >= 1) || Double.isInfinite(ecEfficiency)) {
      throw new IllegalArgumentException("ec efficiency must be >= 1, was " + ecEfficiency);
    }
    if (security == null) {
      throw new IllegalArgumentException("security parameters missing");
    }
  }

  /** n = N − k, the raw key bits. */
  public long keyBits() {
    return siftedBits - sampleBits;
  }

  /** leak_EC = f · n · h(Q_tol), the discussion's choice in Tomamichel 2012 (there ξ = 1.1). */
  public double estimatedLeakage() {
    return ecEfficiency * keyBits() * ShannonEntropy.binaryOfErrorBound(qberTolerance);
  }
}
