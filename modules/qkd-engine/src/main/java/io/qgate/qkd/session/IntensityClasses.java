package io.qgate.qkd.session;

import java.util.Arrays;

/**
 * Alice's intensity classes: the mean photon numbers she picks from for each pulse and how often
 * she picks each. BB84 has one (the signal μ); decoy BB84 three, signal μ, weak decoy ν and vacuum
 * (Ma, Qi, Zhao, Lo, PRA 72 012326 (2005)), in the order μ1, μ2, μ3 of Lim et al. 2014.
 */
record IntensityClasses(double[] intensities, double[] probabilities) {

  IntensityClasses {
    if (intensities.length == 0 || intensities.length != probabilities.length) {
      throw new IllegalArgumentException("need one probability per intensity");
    }
    intensities = intensities.clone();
    probabilities = probabilities.clone();
    double sum = Arrays.stream(probabilities).sum();
    if (Math.abs(sum - 1) > 1e-9 || Arrays.stream(probabilities).anyMatch(p -> !(p > 0))) {
      throw new IllegalArgumentException(
          "intensity probabilities must be > 0 and sum to 1, were "
              + Arrays.toString(probabilities));
    }
  }

  int count() {
    return intensities.length;
  }

  double intensity(int k) {
    return intensities[k];
  }

  double probability(int k) {
    return probabilities[k];
  }

  /** The signal μ: the first class. */
  double signal() {
    return intensities[0];
  }
}
