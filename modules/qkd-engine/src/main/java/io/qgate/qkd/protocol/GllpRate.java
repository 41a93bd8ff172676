package io.qgate.qkd.protocol;

import io.qgate.qkd.information.ShannonEntropy;

/**
 * The GLLP key rate of a weak coherent source, R ≥ q{−Q_μ f h(E_μ) + Q1[1 − h(e1)]}: error
 * correction pays for every detected bit, privacy amplification keeps what single photons carry
 * (Gottesman, Lo, Lütkenhaus, Preskill, Quant. Inf. Comput. 4 325 (2004); written so in Ma, Qi,
 * Zhao, Lo, PRA 72 012326 (2005)).
 */
public final class GllpRate {

  private GllpRate() {}

  /**
   * @param sifting q, the fraction of detections kept by sifting
   * @param gain Q_μ
   * @param qber E_μ
   * @param ecEfficiency f
   * @param singlePhotonGain Q1 (a lower bound)
   * @param singlePhotonError e1 (an upper bound)
   */
  public static double perPulse(
      double sifting,
      double gain,
      double qber,
      double ecEfficiency,
      double singlePhotonGain,
      double singlePhotonError) {
    if (!(singlePhotonGain > 0)) {
      return 0;
    }
    double e1 = Math.min(0.5, Math.max(0, singlePhotonError));
    return sifting
        * (-gain * ecEfficiency * ShannonEntropy.binary(qber)
            + singlePhotonGain * (1 - ShannonEntropy.binary(e1)));
  }
}
