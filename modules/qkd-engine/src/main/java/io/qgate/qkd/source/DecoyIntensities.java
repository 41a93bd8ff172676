package io.qgate.qkd.source;

/**
 * The three intensities of the vacuum+weak decoy method (Ma, Qi, Zhao, Lo, PRA 72 012326 (2005)):
 * signal μ, weak decoy ν &lt; μ, and vacuum.
 */
public record DecoyIntensities(double signal, double decoy) {

  public static final double VACUUM = 0;

  public DecoyIntensities {
    if (!(signal > 0) || Double.isInfinite(signal)) {
      throw new IllegalArgumentException("signal intensity must be > 0, was " + signal);
    }
    if (!(decoy > 0) || !(decoy < signal)) {
      throw new IllegalArgumentException(
          "decoy intensity must lie in (0, signal), was " + decoy + " with signal " + signal);
    }
  }

  public PoissonPhotonNumber signalPhotons() {
    return new PoissonPhotonNumber(signal);
  }

  public PoissonPhotonNumber decoyPhotons() {
    return new PoissonPhotonNumber(decoy);
  }
}
