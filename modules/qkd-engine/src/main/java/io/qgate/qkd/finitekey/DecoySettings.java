package io.qgate.qkd.finitekey;

/**
 * Alice's three intensities and how often she picks each (Lim et al., Phys. Rev. A 89, 022307
 * (2014), Sec. II): signal μ1, weak decoy μ2 and (near-)vacuum μ3 with μ1 > μ2 + μ3 and μ2 > μ3 ≥
 * 0; the bounds of Eqs. 2–4 hold only in that order.
 */
public record DecoySettings(double mu1, double mu2, double mu3, double p1, double p2, double p3) {

  public DecoySettings {
    if (!(mu3 >= 0 && mu2 > mu3 && mu1 > mu2 + mu3) || Double.isInfinite(mu1)) {
      throw new IllegalArgumentException(
          "intensities must satisfy mu1 > mu2 + mu3, mu2 > mu3 >= 0; were "
              + mu1
              + ", "
              + mu2
              + ", "
              + mu3);
    }
    if (!(p1 > 0 && p2 > 0 && p3 > 0) || Math.abs(p1 + p2 + p3 - 1) > 1e-9) {
      throw new IllegalArgumentException(
          "intensity probabilities must be > 0 and sum to 1; were " + p1 + ", " + p2 + ", " + p3);
    }
  }

  /** μ_k of class k: 0 signal, 1 decoy, 2 vacuum. */
  public double intensity(int k) {
    return k == 0 ? mu1 : k == 1 ? mu2 : mu3;
  }

  /** p_k of class k. */
  public double probability(int k) {
    return k == 0 ? p1 : k == 1 ? p2 : p3;
  }

  /** τ_n = Σ_k p_k e^{−k} kⁿ / n!, the probability that Alice sends n photons (Lim 2014 Eq. 2). */
  public double tau(int photons) {
    double tau = 0;
    for (int k = 0; k < 3; k++) {
      double mu = intensity(k);
      double poisson = Math.exp(-mu);
      for (int i = 1; i <= photons; i++) {
        poisson *= mu / i;
      }
      tau += probability(k) * poisson;
    }
    return tau;
  }
}
