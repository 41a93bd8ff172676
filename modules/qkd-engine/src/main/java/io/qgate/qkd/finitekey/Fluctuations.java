package io.qgate.qkd.finitekey;

import io.qgate.qkd.estimation.HoeffdingBound;
import io.qgate.qkd.estimation.RandomSamplingBound;

/**
 * The statistical terms of Lim 2014, each at failure ε = ε_sec/21 (Eq. B4 sets the 21 error terms
 * equal). {@link #NONE} drops them all: the N → ∞ limit of the same protocol.
 */
record Fluctuations(double epsilon) {

  static final Fluctuations NONE = new Fluctuations(0);

  /** Lim 2014 Eq. B4: ε_sec = 21 ε. */
  static Fluctuations forSecrecy(double epsilonSecret) {
    return new Fluctuations(epsilonSecret / 21);
  }

  /** δ(n, ε) = sqrt(n/2 · ln(21/ε_sec)), the same for every intensity (Lim 2014 Eq. A1). */
  double countDeviation(double total) {
    return epsilon == 0 ? 0 : HoeffdingBound.deviation(total, epsilon);
  }

  /** b + γ(ε_sec, b, s_Z1, s_X1) (Lim 2014 Eq. 5). */
  double phaseErrorRate(double b, double tested, double untested) {
    return epsilon == 0 ? b : RandomSamplingBound.errorRateBound(epsilon, b, tested, untested);
  }
}
