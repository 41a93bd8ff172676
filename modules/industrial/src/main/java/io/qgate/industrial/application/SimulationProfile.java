package io.qgate.industrial.application;

/**
 * How often simulated PLCs report and how often things go wrong. Probabilities are per reading:
 * excursions, sensor failures and uncertain values per tag, communication errors per PLC (they take
 * every tag of the PLC Bad at once, as a lost fieldbus link does).
 *
 * @param readingsPerSecond payloads per second of each PLC (Sparkplug edge nodes typically publish
 *     on change or at 1 s; 1 by default)
 */
public record SimulationProfile(
    double readingsPerSecond,
    double excursionProbability,
    double sensorFailureProbability,
    double uncertainProbability,
    double commErrorProbability) {

  /**
   * The demo profile: 1 payload/s; across 1,000 tags about one excursion every 5 s, a sensor
   * failure every 20 s, an uncertain value every 10 s and a PLC communication error every 100 s.
   */
  public static final SimulationProfile DEFAULT =
      new SimulationProfile(1.0, 2e-4, 5e-5, 1e-4, 1e-4);

  public SimulationProfile {
    if (!(readingsPerSecond > 0) || readingsPerSecond > 1000) {
      throw new IllegalArgumentException("readingsPerSecond must be in (0, 1000]");
    }
    for (double p :
        new double[] {
          excursionProbability, sensorFailureProbability, uncertainProbability, commErrorProbability
        }) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("probabilities must be in [0, 1]: " + p);
      }
    }
    if (sensorFailureProbability + uncertainProbability > 1) {
      throw new IllegalArgumentException("sensor failure + uncertain probability exceeds 1");
    }
  }

  /** Normal operation only: noise and drift, no excursions, every value Good. */
  public static SimulationProfile quiet(double readingsPerSecond) {
    return new SimulationProfile(readingsPerSecond, 0, 0, 0, 0);
  }

  public SimulationProfile withReadingsPerSecond(double rate) {
    return new SimulationProfile(
        rate,
        excursionProbability,
        sensorFailureProbability,
        uncertainProbability,
        commErrorProbability);
  }
}
