package io.qgate.qkd.protocol;

import io.qgate.qkd.information.ShannonEntropy;

/**
 * SARG04 with single photons under collective attacks. After Bob's conclusive filter the
 * symmetrised state is Bell-diagonal; at sifted QBER e its worst case (no Y-type channel errors,
 * which the data cannot see) has weights λ = (1 − 2e, e | e/2, e/2) without | with a bit flip, so
 * the phase error is 3e/2 (Branciard, Gisin, Kraus, Scarani, PRA 72 032301 (2005); derivation in
 * docs/qkd-engine.md). Thresholds come out of the functions: 9.69% one-way, 10.95% with noisy
 * preprocessing.
 */
public final class Sarg04SinglePhoton {

  private Sarg04SinglePhoton() {}

  /**
   * Eve's information per single-photon bit, H(λ) − h(e) = e + (1 − e)·h(e/(1 − e)): it replaces
   * h(e1) in the GLLP privacy term (Devetak–Winter bound for Bell-diagonal states).
   */
  public static double eveInformation(double e) {
    double x = clamp(e);
    return x + (1 - x) * ShannonEntropy.binary(x / (1 - x));
  }

  /**
   * Eve's information at an upper bound e on the single-photon error: {@link #eveInformation} up to
   * e = 1/3, where it reaches 1 bit, and 1 beyond (Branciard et al. 2005 weights).
   */
  public static double eveInformationOfErrorBound(double e) {
    return e >= 1.0 / 3 ? 1 : eveInformation(e);
  }

  /** r = 1 − H(λ) = 1 − h(e) − e − (1 − e)·h(e/(1 − e)) per sifted bit, one-way. */
  public static double rate(double e) {
    return 1 - ShannonEntropy.binary(clamp(e)) - eveInformation(e);
  }

  /**
   * The rate when Alice first flips each key bit with probability p (Kraus, Gisin, Renner, PRL 95
   * 080501 (2005), for Bell-diagonal states), maximised over p in [0, 1/2).
   */
  public static double rateWithNoisyPreprocessing(double e) {
    double best = rate(e);
    for (int i = 1; i < 500; i++) {
      best = Math.max(best, preprocessed(clamp(e), i / 1000.0));
    }
    return best;
  }

  /**
   * S(X|E) − H(X|Y): per bit-flip block t of weight w_t with overlap c_t = (λ_t+ − λ_t−)/w_t,
   * S(X|E)_t = 1 + h(ν_t) − h(λ_t+/w_t), ν_t = ½[1 + √(1 − 4p(1 − p)(1 − c_t²))].
   */
  static double preprocessed(double e, double p) {
    double blockNoFlip = block(1 - 2 * e, e, p);
    double blockFlip = block(e / 2, e / 2, p);
    return blockNoFlip + blockFlip - ShannonEntropy.binary(e + p - 2 * p * e);
  }

  static double block(double plus, double minus, double p) {
    double w = plus + minus;
    if (w <= 0) {
      return 0;
    }
    double c = (plus - minus) / w;
    double nu = 0.5 * (1 + Math.sqrt(Math.max(0, 1 - 4 * p * (1 - p) * (1 - c * c))));
    return w * (1 + ShannonEntropy.binary(nu) - ShannonEntropy.binary(plus / w));
  }

  /** The one-way threshold, ≈ 9.69%. */
  public static double threshold() {
    return QberThreshold.of(Sarg04SinglePhoton::rate, 1e-6, 0.3);
  }

  /** The threshold with noisy preprocessing, ≈ 10.95% (Branciard et al. 2005). */
  public static double thresholdWithNoisyPreprocessing() {
    return QberThreshold.of(Sarg04SinglePhoton::rateWithNoisyPreprocessing, 1e-6, 0.3);
  }

  private static double clamp(double e) {
    return Math.min(0.5, Math.max(0, e));
  }
}
