package io.qgate.qkd.channel;

/** Loss in decibels and transmittance: η = 10^(−dB/10). */
public final class Decibels {

  private Decibels() {}

  public static double toTransmittance(double lossDb) {
    if (!(lossDb >= 0) || Double.isInfinite(lossDb)) {
      throw new IllegalArgumentException("loss must be a finite number of dB >= 0, was " + lossDb);
    }
    return Math.pow(10, -lossDb / 10);
  }

  public static double toLossDb(double transmittance) {
    if (!(transmittance > 0) || transmittance > 1) {
      throw new IllegalArgumentException("transmittance must lie in (0, 1], was " + transmittance);
    }
    return -10 * Math.log10(transmittance);
  }
}
