package io.qgate.qkd.protocol;

/**
 * The repeaterless secret-key capacity of a pure-loss channel, −log2(1 − η) bits per channel use
 * (Pirandola, Laurenza, Ottaviani, Banchi, Nat. Commun. 8 15043 (2017)). No point-to-point protocol
 * beats it at the same transmittance.
 */
public final class PlobBound {

  private PlobBound() {}

  public static double perPulse(double transmittance) {
    if (!(transmittance >= 0 && transmittance <= 1)) {
      throw new IllegalArgumentException("transmittance must lie in [0, 1], was " + transmittance);
    }
    return -Math.log1p(-transmittance) / Math.log(2);
  }
}
