package io.qgate.qkd.source;

import java.util.random.RandomGenerator;

/**
 * Photon-number statistics of a phase-randomised weak coherent pulse of mean photon number μ: a
 * Poisson distribution. Photon numbers are explicit so that multi-photon pulses exist for attacks.
 */
public record PoissonPhotonNumber(double mu) {

  public PoissonPhotonNumber {
    if (!(mu >= 0) || Double.isInfinite(mu)) {
      throw new IllegalArgumentException("mean photon number must be >= 0, was " + mu);
    }
  }

  /** P(n|μ) = e^{−μ} μ^n / n! (Lo, Ma, Chen, PRL 94 230504 (2005)), in log space. */
  public double probability(int n) {
    if (n < 0) {
      return 0;
    }
    if (mu == 0) {
      return n == 0 ? 1 : 0;
    }
    return Math.exp(-mu + n * Math.log(mu) - logFactorial(n));
  }

  /** P(n ≥ 2) = 1 − (1 + μ) e^{−μ}: the pulses a photon-number-splitting attack can use. */
  public double multiPhotonProbability() {
    // −expm1(−μ) − μe^{−μ} keeps precision for small μ.
    return -Math.expm1(-mu) - mu * Math.exp(-mu);
  }

  /** One pulse's photon number, by inversion of the cumulative distribution. */
  public int sample(RandomGenerator random) {
    double u = random.nextDouble();
    int n = 0;
    double p = Math.exp(-mu);
    double cumulative = p;
    while (u > cumulative && p > 0) {
      n++;
      p *= mu / n;
      cumulative += p;
    }
    return n;
  }

  static double logFactorial(int n) {
    double sum = 0;
    for (int k = 2; k <= n; k++) {
      sum += Math.log(k);
    }
    return sum;
  }
}
