package io.qgate.qkd.channel;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/** Atmospheric fading of a free-space link: the transmittance fluctuates around its mean. */
public interface Fading {

  /** No fading: the transmittance is always its mean. */
  Fading NONE =
      new Fading() {
        @Override
        public double sample(double meanTransmittance, RandomGenerator random) {
          return meanTransmittance;
        }

        @Override
        public double average(DoubleUnaryOperator f, double meanTransmittance) {
          return f.applyAsDouble(meanTransmittance);
        }
      };

  /** One draw of the instantaneous transmittance. */
  double sample(double meanTransmittance, RandomGenerator random);

  /**
   * The mean of f(η) over the fading distribution: the key rate of a link whose parameters are
   * estimated per fading state (rate averaged over the probability distribution of transmittance).
   */
  double average(DoubleUnaryOperator f, double meanTransmittance);
}
