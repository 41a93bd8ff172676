package io.qgate.health.application;

/**
 * How a simulated bedside monitor behaves.
 *
 * @param readingsPerSecond how often it reports; bedside monitors refresh numerics about once a
 *     second
 * @param episodesPerHour how many deterioration episodes (desaturation or tachycardia) a patient
 *     has per hour on average; 0 for a stable ward. The demo's 0.5 over 300 beds starts an episode
 *     every 24 s or so, enough to see alerts come and go.
 */
public record SimulatorSettings(double readingsPerSecond, double episodesPerHour) {

  public SimulatorSettings {
    if (!(readingsPerSecond > 0 && readingsPerSecond <= 100)) {
      throw new IllegalArgumentException("readings per second must be in (0, 100]");
    }
    if (!(episodesPerHour >= 0 && episodesPerHour <= 3600)) {
      throw new IllegalArgumentException("episodes per hour must be in [0, 3600]");
    }
  }

  /** One reading a second, half an episode an hour. */
  public static SimulatorSettings defaults() {
    return new SimulatorSettings(1.0, 0.5);
  }

  /** These settings without deterioration episodes: every patient stays within normal ranges. */
  public SimulatorSettings stable() {
    return new SimulatorSettings(readingsPerSecond, 0);
  }
}
