package io.qgate.qkd.protocol;

/**
 * Coincidences from a parametric down-conversion source of polarisation-entangled pairs, with the
 * thermal pair-number distribution P(n) = (n + 1)λ^n/(1 + λ)^{n+2} and mean pair number μ = 2λ,
 * seen by threshold detectors on both sides (Ma, Fung, Lo, PRA 76 012307 (2007)).
 *
 * @param lambda λ = μ/2
 * @param etaA Alice's overall transmittance (channel × detector)
 * @param etaB Bob's overall transmittance
 * @param darkA Y0A, Alice's background click probability
 * @param darkB Y0B
 * @param misalignment e_d, the intrinsic error of the source and detection
 */
public record EntangledPairYields(
    double lambda, double etaA, double etaB, double darkA, double darkB, double misalignment) {

  /** Q_λ = 1 − (1−Y0A)/(1+ηAλ)² − (1−Y0B)/(1+ηBλ)² + (1−Y0A)(1−Y0B)/(1+ηAλ+ηBλ−ηAηBλ)². */
  public double gain() {
    double a = 1 + etaA * lambda;
    double b = 1 + etaB * lambda;
    double ab = 1 + etaA * lambda + etaB * lambda - etaA * etaB * lambda;
    return 1
        - (1 - darkA) / (a * a)
        - (1 - darkB) / (b * b)
        + (1 - darkA) * (1 - darkB) / (ab * ab);
  }

  /** E_λQ_λ = e0Q_λ − 2(e0 − e_d)ηAηBλ(1 + λ)/[(1+ηAλ)(1+ηBλ)(1+ηAλ+ηBλ−ηAηBλ)]. */
  public double qber() {
    double gain = gain();
    if (gain <= 0) {
      return 0.5;
    }
    double a = 1 + etaA * lambda;
    double b = 1 + etaB * lambda;
    double ab = 1 + etaA * lambda + etaB * lambda - etaA * etaB * lambda;
    double correlated =
        2 * (0.5 - misalignment) * etaA * etaB * lambda * (1 + lambda) / (a * b * ab);
    return Math.max(0, 0.5 * gain - correlated) / gain;
  }
}
