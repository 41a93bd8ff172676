package io.qgate.grid.application;

import java.util.random.RandomGenerator;

/**
 * The small wandering of system frequency around nominal between events (load noise against
 * frequency control): an Ornstein–Uhlenbeck process, i.e. a random walk pulled back to 0 with a
 * time constant of {@value #TIME_CONSTANT_SECONDS} s. Updated with its exact discretisation, x ←
 * x·a + σ·√(1 − a²)·N(0,1) with a = e^(−Δt/τ), so its steady-state standard deviation is σ whatever
 * the frame rate, and a gap in calls is handled correctly.
 */
final class FrequencyNoise {

  static final double TIME_CONSTANT_SECONDS = 10;

  private final double sigma;
  private final RandomGenerator random;
  private double deviation;

  FrequencyNoise(double sigmaHz, RandomGenerator random) {
    this.sigma = sigmaHz;
    this.random = random;
    this.deviation = sigmaHz * random.nextGaussian();
  }

  /** Advances the process by {@code seconds} and returns the deviation, Hz. */
  double step(double seconds) {
    double a = Math.exp(-seconds / TIME_CONSTANT_SECONDS);
    deviation = deviation * a + sigma * Math.sqrt(1 - a * a) * random.nextGaussian();
    return deviation;
  }

  double current() {
    return deviation;
  }
}
