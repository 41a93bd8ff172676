package io.qgate.qkd.finitekey;

import io.qgate.qkd.protocol.DvSystem;

/**
 * The expected detections and errors of a fibre link (Lim, Curty, Walenta, Xu, Zbinden, PRA 89
 * 022307 (2014), Sec. IV): pulses of intensity k reach Bob's detectors with η_sys = η_ch η_Bob;
 * each gate also clicks in the dark with Y0 (= 2 p_dc for Lim's two detectors, Ma et al.'s Y0). The
 * misalignment term uses η_sys, not the η_ch printed in the paper (see Lim2014FigureOneTest).
 *
 * @param systemTransmittance η_sys = η_ch η_Bob
 * @param darkCountYield Y0, the click probability of an empty gate
 * @param afterpulse p_ap
 * @param misalignment e_mis
 */
public record FibreLinkModel(
    double systemTransmittance, double darkCountYield, double afterpulse, double misalignment) {

  /** The link of a {@link DvSystem} on a channel of transmittance η_ch. */
  public static FibreLinkModel of(DvSystem system, double channelTransmittance) {
    var detector = system.receiver().detector();
    return new FibreLinkModel(
        channelTransmittance * detector.efficiency(),
        detector.darkCountProbability(),
        detector.afterpulseProbability(),
        system.receiver().misalignment());
  }

  /** D_k = 1 − (1 − Y0) e^{−η_sys k} (Lim 2014 Sec. IV, Y0 = 2 p_dc). */
  public double detection(double intensity) {
    return 1 - (1 - darkCountYield) * Math.exp(-systemTransmittance * intensity);
  }

  /** R_k = D_k (1 + p_ap), the expected clicks per pulse (Lim 2014 Sec. IV). */
  public double clicks(double intensity) {
    return detection(intensity) * (1 + afterpulse);
  }

  /** e_k R_k = Y0/2 + e_mis (1 − e^{−η_sys k}) + p_ap D_k/2 (Lim 2014 Sec. IV). */
  public double errors(double intensity) {
    return darkCountYield / 2
        - misalignment * Math.expm1(-systemTransmittance * intensity)
        + afterpulse * detection(intensity) / 2;
  }

  /** The expected QBER e_k of intensity k. */
  public double qber(double intensity) {
    return errors(intensity) / clicks(intensity);
  }

  /** Pulses N sent for n_X key-basis detections, and the expected counts of both bases. */
  public record DecoyBlock(double pulses, DecoyStatistics statistics) {}

  /**
   * The expected counts of a decoy block of n_X key bits: bases X with q_x for both parties,
   * n_{X,k} = N q_x² p_k R_k and m_{X,k} = N q_x² p_k e_k R_k, the same with (1 − q_x)² for Z.
   */
  public DecoyBlock decoyBlock(double keyBits, DecoySettings settings, double keyBasisProbability) {
    double[] detect = new double[3];
    double[] error = new double[3];
    double perPulse = 0;
    for (int k = 0; k < 3; k++) {
      double mu = settings.intensity(k);
      detect[k] = settings.probability(k) * clicks(mu);
      error[k] = settings.probability(k) * errors(mu);
      perPulse += detect[k];
    }
    double qx = keyBasisProbability;
    double pulses = keyBits / (qx * qx * perPulse);
    double x = pulses * qx * qx;
    double z = pulses * (1 - qx) * (1 - qx);
    return new DecoyBlock(
        pulses, new DecoyStatistics(counts(detect, error, x), counts(detect, error, z)));
  }

  private static BasisCounts counts(double[] detect, double[] error, double scale) {
    double[] n = new double[3];
    double[] m = new double[3];
    for (int k = 0; k < 3; k++) {
      n[k] = detect[k] * scale;
      m[k] = error[k] * scale;
    }
    return new BasisCounts(n, m);
  }
}
