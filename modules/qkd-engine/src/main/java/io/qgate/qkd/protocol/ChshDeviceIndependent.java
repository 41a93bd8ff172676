package io.qgate.qkd.protocol;

import io.qgate.qkd.information.ShannonEntropy;

/**
 * The device-independent key rate against collective attacks, r ≥ 1 − h(Q) − h((1 + √((S/2)² −
 * 1))/2), from the QBER Q and the CHSH value S (Acín, Brunner, Gisin, Massar, Pironio, Scarani, PRL
 * 98 230501 (2007)). With S = 2√2(1 − 2Q) (a Werner state of visibility V = 1 − 2Q) the rate
 * vanishes at Q ≈ 7.1%.
 */
public final class ChshDeviceIndependent {

  private ChshDeviceIndependent() {}

  /** S = 2√2·V for a Werner state of visibility V (Tsirelson's bound at V = 1). */
  public static double chsh(double visibility) {
    return 2 * Math.sqrt(2) * visibility;
  }

  /** Q = (1 − V)/2: the QBER of a Werner state measured in matching bases. */
  public static double qber(double visibility) {
    return (1 - visibility) / 2;
  }

  /** h((1 + √((S/2)² − 1))/2): Eve's Holevo information; 1 when S ≤ 2 (no Bell violation). */
  public static double eveInformation(double chsh) {
    if (chsh <= 2) {
      return 1;
    }
    double s = Math.min(chsh, 2 * Math.sqrt(2));
    return ShannonEntropy.binary((1 + Math.sqrt(s * s / 4 - 1)) / 2);
  }

  /**
   * r = 1 − f·h(Q) − h((1 + √((S/2)² − 1))/2) (Acín et al. 2007; f = 1 is ideal error correction).
   */
  public static double rate(double qber, double chsh, double ecEfficiency) {
    return 1 - ecEfficiency * ShannonEntropy.binary(qber) - eveInformation(chsh);
  }

  /** The rate of a Werner state as a function of its QBER alone. */
  public static double wernerRate(double qber) {
    return rate(qber, chsh(1 - 2 * qber), 1);
  }

  /** The QBER where the Werner-state DI rate reaches zero, ≈ 7.1%. */
  public static double threshold() {
    return QberThreshold.of(ChshDeviceIndependent::wernerRate, 0, 0.5);
  }
}
