package io.qgate.qkd.protocol;

/**
 * An eavesdropper who measures a fraction p of the pulses in a random basis and resends what she
 * saw: she picks the wrong basis half the time, and then Bob's sifted bit is wrong half the time,
 * so the QBER she causes is p·½·½ = p/4 (Bennett, Brassard 1984; Gisin et al., Rev. Mod. Phys. 74
 * 145 (2002)).
 */
public final class InterceptResend {

  private InterceptResend() {}

  public static double qber(double interceptedFraction) {
    if (!(interceptedFraction >= 0 && interceptedFraction <= 1)) {
      throw new IllegalArgumentException("intercepted fraction must lie in [0, 1]");
    }
    return interceptedFraction / 4;
  }
}
