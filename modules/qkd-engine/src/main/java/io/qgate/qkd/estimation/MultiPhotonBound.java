package io.qgate.qkd.estimation;

/**
 * An upper bound on the multi-photon pulses among N sent, each multi-photon with probability p:
 * Bernstein's inequality, X ≤ Np + √(2Np(1 − p)·ln(1/ε)) + ln(1/ε)/3 except with probability ε
 * (Bernstein 1924; Boucheron, Lugosi, Massart, Concentration Inequalities (2013), Thm 2.10). Much
 * tighter than Hoeffding's √(N/2·ln(1/ε)) when p is small, as for weak pulses.
 */
public final class MultiPhotonBound {

  private MultiPhotonBound() {}

  public static double upper(long pulses, double probability, double epsilon) {
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("ε must be in (0, 1), was " + epsilon);
    }
    double mean = pulses * probability;
    double log = Math.log(1 / epsilon);
    return mean + Math.sqrt(2 * mean * (1 - probability) * log) + log / 3;
  }
}
