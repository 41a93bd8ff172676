package io.qgate.qkd.channel;

import java.util.random.RandomGenerator;

/** The quantum channel between Alice and Bob, reduced to its transmittance η_ch. */
public interface Channel {

  /** Mean transmittance η_ch in [0, 1]. */
  double transmittance();

  /** Transmittance during one pulse; fading channels vary, fibre does not. */
  default double sampleTransmittance(RandomGenerator random) {
    return transmittance();
  }

  /** Total loss in dB, the figure link budgets use. */
  default double lossDb() {
    return Decibels.toLossDb(transmittance());
  }
}
