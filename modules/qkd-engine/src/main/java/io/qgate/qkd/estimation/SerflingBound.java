package io.qgate.qkd.estimation;

/**
 * How far the error rate of the n kept bits can exceed the rate seen in k bits sampled without
 * replacement from all n + k. Serfling's inequality (Ann. Stat. 2, 39 (1974)) gives, for every
 * population, Pr[Λ_key ≥ Λ_sample + μ] ≤ ε with the μ below (Tomamichel, Lim, Gisin, Renner, Nat.
 * Commun. 3, 634 (2012), Supplementary Note 2, Eqs. S10–S15).
 */
public final class SerflingBound {

  private SerflingBound() {}

  /**
   * μ = sqrt((n+k)/(nk) · (k+1)/k · ½ ln(1/ε)): Tomamichel 2012 Eq. S15 states it with ln(1/ε') for
   * failure ε'², so this is that μ at ε' = √ε.
   */
  public static double deviation(long kept, long sampled, double failureProbability) {
    check(kept, sampled);
    if (!(failureProbability > 0 && failureProbability < 1)) {
      throw new IllegalArgumentException("ε must be in (0, 1), was " + failureProbability);
    }
    double n = kept;
    double k = sampled;
    return Math.sqrt((n + k) / (n * k) * (k + 1) / k * 0.5 * Math.log(1 / failureProbability));
  }

  /** The inverse: ε = exp(−2 n k² μ² / ((n+k)(k+1))) (Tomamichel 2012 Eqs. S10 and S13). */
  public static double failureProbability(long kept, long sampled, double deviation) {
    check(kept, sampled);
    double n = kept;
    double k = sampled;
    return Math.exp(-2 * n * k * k * deviation * deviation / ((n + k) * (k + 1)));
  }

  private static void check(long kept, long sampled) {
    if (kept < 1 || sampled < 1) {
      throw new IllegalArgumentException(
          "need at least one kept and one sampled bit, were " + kept + " and " + sampled);
    }
  }
}
