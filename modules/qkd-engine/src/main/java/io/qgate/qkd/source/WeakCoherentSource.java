package io.qgate.qkd.source;

import java.util.random.RandomGenerator;

/**
 * A phase-randomised attenuated laser that picks signal, decoy or vacuum at random for each pulse
 * and emits a Poisson number of photons of that intensity (Hwang 2003; Lo, Ma, Chen 2005).
 */
public final class WeakCoherentSource {

  private final DecoyIntensities intensities;
  private final double signalProbability;
  private final double decoyProbability;

  /**
   * @param signalProbability probability of a signal pulse
   * @param decoyProbability probability of a decoy pulse; the rest are vacuum
   */
  public WeakCoherentSource(
      DecoyIntensities intensities, double signalProbability, double decoyProbability) {
    if (!(signalProbability >= 0)
        || !(decoyProbability >= 0)
        || signalProbability + decoyProbability > 1) {
      throw new IllegalArgumentException("intensity probabilities must be >= 0 and sum to <= 1");
    }
    this.intensities = intensities;
    this.signalProbability = signalProbability;
    this.decoyProbability = decoyProbability;
  }

  public DecoyIntensities intensities() {
    return intensities;
  }

  public Pulse emit(RandomGenerator random) {
    double u = random.nextDouble();
    if (u < signalProbability) {
      return new Pulse(Pulse.Intensity.SIGNAL, intensities.signalPhotons().sample(random));
    }
    if (u < signalProbability + decoyProbability) {
      return new Pulse(Pulse.Intensity.DECOY, intensities.decoyPhotons().sample(random));
    }
    return new Pulse(Pulse.Intensity.VACUUM, 0);
  }
}
