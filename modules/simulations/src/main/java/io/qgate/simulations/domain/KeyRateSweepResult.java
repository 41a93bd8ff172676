package io.qgate.simulations.domain;

import java.util.List;

/**
 * A key-rate sweep: one series per protocol, one point per distance, in the order requested.
 *
 * @param series one per protocol
 */
public record KeyRateSweepResult(List<Series> series) implements SimulationResult {

  public KeyRateSweepResult {
    series = List.copyOf(series);
  }

  /** The points of one protocol, by increasing distance. */
  public record Series(String protocol, List<Point> points) {
    public Series {
      points = List.copyOf(points);
    }
  }

  /**
   * One operating point, as {@code ./qgate sim keyrate --format json} reports it (settings
   * optimised per distance).
   *
   * @param transmittance channel transmittance η of the fibre
   * @param mu the optimal signal intensity (pairs per pulse for e91, V_A/2 for cv-gg02)
   * @param gain probability per pulse that Bob keeps a detection
   * @param qber quantum bit error rate; null where the protocol has none (cv-gg02)
   * @param secretKeyRatePerPulse secret bits per pulse sent
   * @param secretKeyRateBps secret bits per second at the repetition rate
   * @param plobBoundPerPulse the repeaterless bound −log2(1−η)
   */
  public record Point(
      double distanceKm,
      double transmittance,
      double mu,
      double gain,
      Double qber,
      double secretKeyRatePerPulse,
      double secretKeyRateBps,
      double plobBoundPerPulse) {}
}
