package io.qgate.qkd.detector;

/**
 * Bob's receiver: threshold detectors behind optics with basis misalignment e_det (the probability
 * that a photon lands in the wrong detector).
 */
public record Receiver(ThresholdDetector detector, double misalignment) {

  public Receiver {
    if (detector == null) {
      throw new IllegalArgumentException("detector must be given");
    }
    Probabilities.require("misalignment", misalignment);
  }

  /**
   * Yields on a channel of transmittance η_ch: η = η_ch·η_Bob (Ma et al. 2005). Afterpulses are
   * driven by the signal intensity, which dominates the clicks.
   */
  public PhotonNumberYields yields(double channelTransmittance, double signalMu) {
    Probabilities.require("channel transmittance", channelTransmittance);
    double eta = channelTransmittance * detector.efficiency();
    double darkCount = detector.effectiveDarkCountProbability(Math.exp(-eta * signalMu));
    return new PhotonNumberYields(eta, darkCount, misalignment);
  }
}
