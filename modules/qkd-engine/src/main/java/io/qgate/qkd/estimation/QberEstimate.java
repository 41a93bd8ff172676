package io.qgate.qkd.estimation;

/**
 * What the sample says about the kept bits: the observed error rate and an upper bound on the error
 * rate of the kept bits that fails with probability at most {@code failureProbability}.
 *
 * @param keptBits n, the bits that stay for the key
 * @param sampledBits k, the disclosed sample
 * @param sampleErrors errors found in the sample
 * @param failureProbability ε_PE, the chance that the kept bits' error rate exceeds the bound
 */
public record QberEstimate(
    long keptBits, long sampledBits, long sampleErrors, double failureProbability) {

  public QberEstimate {
    if (keptBits < 1 || sampledBits < 1 || sampleErrors < 0 || sampleErrors > sampledBits) {
      throw new IllegalArgumentException(
          "invalid sample: kept "
              + keptBits
              + ", sampled "
              + sampledBits
              + ", errors "
              + sampleErrors);
    }
    if (!(failureProbability > 0 && failureProbability < 1)) {
      throw new IllegalArgumentException("ε_PE must be in (0, 1), was " + failureProbability);
    }
  }

  /** The point estimate: errors / k. */
  public double qber() {
    return (double) sampleErrors / sampledBits;
  }

  /** μ of Serfling's inequality (Tomamichel 2012 Eq. S15, at failure ε_PE). */
  public double deviation() {
    return SerflingBound.deviation(keptBits, sampledBits, failureProbability);
  }

  /** Q + μ, capped at 1: the kept bits' error rate exceeds it with probability ≤ ε_PE. */
  public double upperBound() {
    return Math.min(1, qber() + deviation());
  }

  /** Whether the sample passes a protocol's tolerance check λ ≤ Q_tol (Tomamichel 2012 Table I). */
  public boolean withinTolerance(double qberTolerance) {
    return qber() <= qberTolerance;
  }
}
