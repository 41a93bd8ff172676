package io.qgate.qkd.channel;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Log-normal fading of weak turbulence: ln(η/η̄) ~ N(−σ²/2, σ²), so the mean is η̄ (the log-normal
 * probability distribution of transmittance, Capraro et al., PRL 109 200502 (2012); Vallone et al.,
 * PRA 91 042320 (2015)), truncated to the physical range η ≤ 1 and renormalised.
 */
public record LogNormalFading(double sigma) implements Fading {

  private static final int STEPS = 400;
  private static final double Z_MIN = -8; // the tail below weighs < 1e-15

  public LogNormalFading {
    if (!(sigma >= 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("fading sigma must be >= 0, was " + sigma);
    }
  }

  @Override
  public double sample(double meanTransmittance, RandomGenerator random) {
    if (sigma == 0) {
      return meanTransmittance;
    }
    double eta;
    do {
      eta = at(meanTransmittance, random.nextGaussian());
    } while (eta > 1);
    return eta;
  }

  /**
   * Midpoint rule over the standard normal z up to where η reaches 1; it never evaluates f at the
   * end point, where e.g. −log2(1 − η) diverges.
   */
  @Override
  public double average(DoubleUnaryOperator f, double meanTransmittance) {
    if (sigma == 0 || meanTransmittance <= 0) {
      return f.applyAsDouble(meanTransmittance);
    }
    double zTop = Math.min(-Z_MIN, (-Math.log(meanTransmittance) + sigma * sigma / 2) / sigma);
    double h = (zTop - Z_MIN) / STEPS;
    double sum = 0;
    double mass = 0;
    for (int i = 0; i < STEPS; i++) {
      double z = Z_MIN + (i + 0.5) * h;
      double density = Math.exp(-z * z / 2);
      sum += density * f.applyAsDouble(at(meanTransmittance, z));
      mass += density;
    }
    return sum / mass;
  }

  private double at(double meanTransmittance, double z) {
    return meanTransmittance * Math.exp(sigma * z - sigma * sigma / 2);
  }
}
