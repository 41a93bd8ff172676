package io.qgate.qkd.protocol;

import io.qgate.qkd.information.ShannonEntropy;

/**
 * BB84 with single photons under one-way post-processing: r = 1 − 2h(Q) per sifted bit (Shor,
 * Preskill, PRL 85 441 (2000)). Its threshold, ≈ 11.0%, is found from the function.
 */
public final class ShorPreskill {

  private ShorPreskill() {}

  /** r = 1 − h(e_bit) − h(e_phase) with e_phase = e_bit = Q (Shor–Preskill 2000). */
  public static double rate(double qber) {
    return 1 - 2 * ShannonEntropy.binary(qber);
  }

  /** The QBER where 1 − 2h(Q) = 0. */
  public static double threshold() {
    return QberThreshold.of(ShorPreskill::rate, 0, 0.5);
  }
}
