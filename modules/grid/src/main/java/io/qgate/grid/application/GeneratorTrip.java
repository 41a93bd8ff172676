package io.qgate.grid.application;

/**
 * The frequency deviation a loss of generation causes, as a function of time since the trip. Three
 * phases, after the textbook swing-equation picture (Kundur, Power System Stability and Control,
 * §11.1; ENTSO-E, Frequency Stability Evaluation Criteria for the Synchronous Zone of Continental
 * Europe, 2016):
 *
 * <ol>
 *   <li>Inertial response: frequency falls with the initial ROCOF = ΔP / (2 H) until the nadir
 *       {@code depthHz} below nominal (simplified to a constant slope).
 *   <li>Primary control (FCR) arrests and recovers half of the deviation within seconds.
 *   <li>Secondary control (aFRR) restores the rest over tens of seconds.
 * </ol>
 *
 * @param onsetSeconds epoch seconds of the trip
 * @param depthHz how far below nominal the nadir lies, Hz
 * @param rocofHzPerSecond the (positive) rate of the initial fall, Hz/s
 * @param primarySeconds time constant of the primary recovery
 * @param secondarySeconds time constant of the secondary recovery
 */
public record GeneratorTrip(
    double onsetSeconds,
    double depthHz,
    double rocofHzPerSecond,
    double primarySeconds,
    double secondarySeconds) {

  /** After this many seconds the event is over (its residue is well below 1 mHz). */
  public static final double SPAN_SECONDS = 120;

  public GeneratorTrip {
    if (!(depthHz > 0)
        || !(rocofHzPerSecond > 0)
        || !(primarySeconds > 0)
        || !(secondarySeconds > 0)) {
      throw new IllegalArgumentException("a generator trip needs positive parameters");
    }
  }

  /** Seconds from the trip to the nadir. */
  public double fallSeconds() {
    return depthHz / rocofHzPerSecond;
  }

  /** The deviation from the undisturbed frequency at {@code epochSeconds}, Hz (≤ 0). */
  public double deviation(double epochSeconds) {
    double tau = epochSeconds - onsetSeconds;
    if (tau <= 0 || tau >= SPAN_SECONDS) {
      return 0;
    }
    double fall = fallSeconds();
    if (tau < fall) {
      return -rocofHzPerSecond * tau;
    }
    double after = tau - fall;
    return -depthHz
        * (0.5 * Math.exp(-after / primarySeconds) + 0.5 * Math.exp(-after / secondarySeconds));
  }
}
