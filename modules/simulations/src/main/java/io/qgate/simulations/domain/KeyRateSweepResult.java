package io.qgate.simulations.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
   * optimised per distance). A figure that is not a finite number (the PLOB bound at 0 km is
   * infinite; CV-QKD has no QBER) is null (left out of the JSON), as JSON has no such numbers.
   *
   * @param transmittance channel transmittance η of the fibre
   * @param mu the optimal signal intensity (pairs per pulse for e91, V_A/2 for cv-gg02)
   * @param gain probability per pulse that Bob keeps a detection
   * @param qber quantum bit error rate
   * @param secretKeyRatePerPulse secret bits per pulse sent
   * @param secretKeyRateBps secret bits per second at the repetition rate
   * @param plobBoundPerPulse the repeaterless bound −log2(1−η)
   * @param details the protocol's own figures (decoy ν, modulation variance, Holevo bound, ...)
   */
  public record Point(
      double distanceKm,
      Double transmittance,
      Double mu,
      Double gain,
      Double qber,
      Double secretKeyRatePerPulse,
      Double secretKeyRateBps,
      Double plobBoundPerPulse,
      Map<String, Double> details) {

    public Point {
      details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A figure as JSON can carry it: null unless finite. */
    public static Double finite(double value) {
      return Double.isFinite(value) ? value : null;
    }
  }
}
