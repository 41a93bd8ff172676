package io.qgate.qkd.channel;

/**
 * Optical fibre of length L with attenuation α: η_ch = 10^(−αL/10) (Ma, Qi, Zhao, Lo, PRA 72 012326
 * (2005): t_AB).
 */
public record FibreChannel(double lossDbPerKm, double lengthKm) implements Channel {

  public FibreChannel {
    if (!(lossDbPerKm >= 0) || Double.isInfinite(lossDbPerKm)) {
      throw new IllegalArgumentException("fibre loss must be >= 0 dB/km, was " + lossDbPerKm);
    }
    if (!(lengthKm >= 0) || Double.isInfinite(lengthKm)) {
      throw new IllegalArgumentException("fibre length must be >= 0 km, was " + lengthKm);
    }
  }

  @Override
  public double transmittance() {
    return Decibels.toTransmittance(lossDbPerKm * lengthKm);
  }
}
