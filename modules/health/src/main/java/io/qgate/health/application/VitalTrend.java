package io.qgate.health.application;

import java.util.random.RandomGenerator;

/**
 * One simulated vital sign of a stable adult: a personal baseline, a slow drift around it
 * (Ornstein–Uhlenbeck: it wanders for minutes and is pulled back) and beat-to-beat measurement
 * noise, kept within the normal adult range so a stable patient never alarms.
 */
final class VitalTrend {

  /** The drift forgets itself over about five minutes. */
  private static final double REVERSION_PER_SECOND = 1.0 / 300;

  private final double low;
  private final double high;
  private final double baseline;
  private final double driftPerRootSecond;
  private final double noise;
  private double drift;

  /**
   * @param low lowest normal value
   * @param high highest normal value
   * @param driftPerRootSecond how fast the drift wanders (standard deviation after one second)
   * @param noise standard deviation of the measurement noise
   */
  VitalTrend(
      RandomGenerator random, double low, double high, double driftPerRootSecond, double noise) {
    this.low = low;
    this.high = high;
    double margin = (high - low) / 4;
    this.baseline = low + margin + random.nextDouble() * (high - low - 2 * margin);
    this.driftPerRootSecond = driftPerRootSecond;
    this.noise = noise;
  }

  /** Advances the drift by {@code seconds} and returns a noisy normal value. */
  double next(RandomGenerator random, double seconds) {
    drift +=
        -REVERSION_PER_SECOND * drift * seconds
            + driftPerRootSecond * Math.sqrt(seconds) * random.nextGaussian();
    double value = baseline + drift + noise * random.nextGaussian();
    return Math.max(low, Math.min(high, value));
  }
}
