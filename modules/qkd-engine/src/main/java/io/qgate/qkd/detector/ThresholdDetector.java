package io.qgate.qkd.detector;

/**
 * A threshold (on/off) single-photon detector: it clicks or not, whatever the photon number.
 *
 * @param efficiency η_Bob: Bob's optics transmittance times the detection efficiency
 * @param darkCountProbability Y0: probability of a click per gate with no photon arriving
 * @param afterpulseProbability p_ap: probability that a click causes a spurious click in the next
 *     gate
 */
public record ThresholdDetector(
    double efficiency, double darkCountProbability, double afterpulseProbability) {

  public ThresholdDetector {
    Probabilities.require("detector efficiency", efficiency);
    Probabilities.require("dark count probability", darkCountProbability);
    Probabilities.require("afterpulse probability", afterpulseProbability);
    if (afterpulseProbability >= 1) {
      throw new IllegalArgumentException("afterpulse probability must be < 1");
    }
  }

  /**
   * Dark counts including afterpulses at steady state. Each click triggers an afterpulse in the
   * next gate with probability p_ap, so with a = 1 − Y0 and b = e^{−ημ} the click probability is Q
   * = 1 − a(1 − p_ap Q)b, i.e. Q = (1 − ab)/(1 − ab·p_ap); afterpulses carry no information and act
   * as extra dark counts: Y0' = 1 − a(1 − p_ap Q).
   *
   * @param signalClickFreeProbability b = e^{−ημ}, the probability that the signal makes no click
   */
  public double effectiveDarkCountProbability(double signalClickFreeProbability) {
    if (afterpulseProbability == 0) {
      return darkCountProbability;
    }
    double ab = (1 - darkCountProbability) * signalClickFreeProbability;
    double clickProbability = (1 - ab) / (1 - ab * afterpulseProbability);
    return 1 - (1 - darkCountProbability) * (1 - afterpulseProbability * clickProbability);
  }
}
