package io.qgate.qkd.channel;

import java.util.random.RandomGenerator;

/**
 * A free-space or satellite link: a fixed loss budget in dB (geometric, atmospheric, pointing) with
 * optional fading around it.
 */
public record FreeSpaceChannel(double lossDb, Fading fading) implements Channel {

  public FreeSpaceChannel {
    Decibels.toTransmittance(lossDb); // validates
    if (fading == null) {
      throw new IllegalArgumentException("fading must be given (Fading.NONE for none)");
    }
  }

  @Override
  public double transmittance() {
    return Decibels.toTransmittance(lossDb);
  }

  @Override
  public double sampleTransmittance(RandomGenerator random) {
    return fading.sample(transmittance(), random);
  }
}
