package io.qgate.qkd.finitekey;

import io.qgate.qkd.information.ShannonEntropy;

/**
 * Finite-key length of decoy-state BB84 with phase-randomised weak coherent pulses, three
 * intensities and biased bases (Lim, Curty, Walenta, Xu, Zbinden, Phys. Rev. A 89, 022307 (2014),
 * Eq. 1):
 *
 * <pre>ℓ = ⌊s_{X,0} + s_{X,1}(1 − h(φ_X)) − λ_EC − 6 log2(21/ε_sec) − log2(2/ε_cor)⌋.</pre>
 *
 * Vacuum events carry no information on the bit, single-photon events lose h(φ_X) to Eve, and
 * multi-photon events are all hers (photon-number splitting).
 */
public final class DecoyFiniteKey {

  private DecoyFiniteKey() {}

  /** ℓ with λ_EC = f · n_X · h(e_obs), Lim 2014's model of error correction (Sec. IV). */
  public static DecoyKeyLength length(
      DecoyStatistics data, DecoySettings settings, double ecEfficiency, SecurityParameters eps) {
    return lengthWithLeakage(data, settings, estimatedLeakage(data, ecEfficiency), eps);
  }

  /** ℓ with the leakage error correction actually disclosed (λ_EC of Eq. 1). */
  public static DecoyKeyLength lengthWithLeakage(
      DecoyStatistics data, DecoySettings settings, double leakBits, SecurityParameters eps) {
    if (!(leakBits >= 0) || Double.isInfinite(leakBits)) {
      throw new IllegalArgumentException("λ_EC must be finite and >= 0, was " + leakBits);
    }
    // 6 log2(21/ε_sec) + log2(2/ε_cor) (Lim 2014 Eq. 1).
    double penalty =
        6 * ShannonEntropy.log2(21 / eps.epsilonSecret())
            + ShannonEntropy.log2(2 / eps.epsilonCorrect());
    return evaluate(
        data, settings, leakBits, penalty, Fluctuations.forSecrecy(eps.epsilonSecret()));
  }

  /**
   * The same formulas without statistical fluctuations or security penalties: the key of the same
   * three-intensity protocol as N → ∞ (the dashed curve of Lim 2014 Fig. 1).
   */
  public static DecoyKeyLength asymptotic(
      DecoyStatistics data, DecoySettings settings, double ecEfficiency) {
    return evaluate(data, settings, estimatedLeakage(data, ecEfficiency), 0, Fluctuations.NONE);
  }

  /** λ_EC = f · n_X · h(e_obs) with e_obs = m_X / n_X (Lim 2014 Sec. IV). */
  public static double estimatedLeakage(DecoyStatistics data, double ecEfficiency) {
    if (!(ecEfficiency >= 1) || Double.isInfinite(ecEfficiency)) {
      throw new IllegalArgumentException("ec efficiency must be >= 1, was " + ecEfficiency);
    }
    return ecEfficiency
        * data.keyBasis().totalDetections()
        * ShannonEntropy.binaryOfErrorBound(data.observedKeyQber());
  }

  private static DecoyKeyLength evaluate(
      DecoyStatistics data, DecoySettings s, double leak, double penalty, Fluctuations f) {
    BasisCounts x = data.keyBasis();
    BasisCounts z = data.testBasis();
    double sX0 = PhotonNumberBounds.vacuumEvents(x, s, f);
    double sX1 = PhotonNumberBounds.singlePhotonEvents(x, s, f, sX0);
    double sZ0 = PhotonNumberBounds.vacuumEvents(z, s, f);
    double sZ1 = PhotonNumberBounds.singlePhotonEvents(z, s, f, sZ0);
    double vZ1 = Math.min(sZ1, PhotonNumberBounds.singlePhotonErrors(z, s, f));
    // φ_X ≤ v_Z1/s_Z1 + γ(ε_sec, v_Z1/s_Z1, s_Z1, s_X1) (Lim 2014 Eq. 5); ½ when unbounded.
    double phi = sZ1 > 0 && sX1 > 0 ? Math.min(0.5, f.phaseErrorRate(vZ1 / sZ1, sZ1, sX1)) : 0.5;
    return new DecoyKeyLength(sX0, sX1, sZ0, sZ1, vZ1, phi, leak, penalty);
  }
}
