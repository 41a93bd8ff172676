package io.qgate.qkd.session;

import io.qgate.qkd.estimation.HoeffdingBound;

/**
 * The CHSH value from the announced test pairs: S = E(A1,B1) + E(A1,B2) + E(A2,B1) − E(A2,B2) with
 * correlators E = (agree − disagree)/events (Clauser, Horne, Shimony, Holt, PRL 23 880 (1969)), and
 * a lower confidence bound: each correlator moves by at most 2δ/n with Hoeffding's δ (Hoeffding
 * 1963), at failure ε/4 each.
 *
 * @param events test events per setting pair, labelled as {@link
 *     io.qgate.qkd.sifting.ChshSifting#pair}
 * @param disagreements of those, the events with different outcomes
 */
record ChshEstimate(long[] events, long[] disagreements) {

  private static final int[] SIGN = {1, 1, 1, -1};

  /** Ŝ, or NaN while a setting pair has no events. */
  double value() {
    double s = 0;
    for (int p = 0; p < 4; p++) {
      if (events[p] == 0) {
        return Double.NaN;
      }
      s += SIGN[p] * (1 - 2.0 * disagreements[p] / events[p]);
    }
    return s;
  }

  /** Ŝ − Σ 2δ(n_p, ε/4)/n_p: S is below it with probability at most ε. */
  double lowerBound(double epsilon) {
    return value() - margin(epsilon);
  }

  /** Ŝ + Σ 2δ(n_p, ε/4)/n_p: S is above it with probability at most ε. */
  double upperBound(double epsilon) {
    return value() + margin(epsilon);
  }

  private double margin(double epsilon) {
    double margin = 0;
    for (int p = 0; p < 4; p++) {
      margin +=
          events[p] == 0 ? 0 : 2 * HoeffdingBound.deviation(events[p], epsilon / 4) / events[p];
    }
    return margin;
  }

  long totalEvents() {
    long total = 0;
    for (long e : events) {
      total += e;
    }
    return total;
  }
}
