package io.qgate.qkd.eve;

import io.qgate.qkd.detector.Probabilities;

/**
 * The link an eavesdropper attacks, as she knows it: loss, Bob's detector and Alice's announced
 * signal intensity are public or measurable, so her attack can be tuned to them.
 *
 * @param channelTransmittance η_ch of the fibre or free-space path Eve may replace
 * @param detectorEfficiency η_Bob: Bob's optics and detection efficiency
 * @param background Y0: Bob's click probability when no photon arrives (dark counts, afterpulses)
 * @param misalignment e_det: probability that a photon of Alice's basis hits the wrong detector
 * @param signalIntensity μ of Alice's signal pulses, the gain Eve must reproduce to stay hidden
 */
public record Link(
    double channelTransmittance,
    double detectorEfficiency,
    double background,
    double misalignment,
    double signalIntensity) {

  public Link {
    Probabilities.require("channel transmittance", channelTransmittance);
    Probabilities.require("detector efficiency", detectorEfficiency);
    Probabilities.require("background click probability", background);
    Probabilities.require("misalignment", misalignment);
    if (!(signalIntensity > 0) || Double.isInfinite(signalIntensity)) {
      throw new IllegalArgumentException("signal intensity must be > 0, was " + signalIntensity);
    }
  }

  /** η = η_ch·η_Bob (Ma, Qi, Zhao, Lo, PRA 72 012326 (2005)). */
  public double overallTransmittance() {
    return channelTransmittance * detectorEfficiency;
  }

  /** η_n = 1 − (1 − η)^n: some of n photons sent down the channel is detected (Ma et al. 2005). */
  public double channelClick(int photons) {
    return -Math.expm1(photons * Math.log1p(-overallTransmittance()));
  }

  /** 1 − (1 − η_Bob)^m: some of m photons delivered losslessly to Bob's detector is detected. */
  public double detectorClick(int photons) {
    return -Math.expm1(photons * Math.log1p(-detectorEfficiency));
  }
}
