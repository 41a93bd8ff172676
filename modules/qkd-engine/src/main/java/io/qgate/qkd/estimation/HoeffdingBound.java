package io.qgate.qkd.estimation;

/**
 * Deviation of a count from its expectation over n independent events: |n* − n| ≤ δ(n, ε) =
 * sqrt(n/2 · ln(1/ε)) except with probability 2ε (Hoeffding, J. Am. Stat. Assoc. 58, 13 (1963);
 * used for the decoy counts by Lim et al., Phys. Rev. A 89, 022307 (2014), Eq. A1).
 */
public final class HoeffdingBound {

  private HoeffdingBound() {}

  /** δ(n, ε) = sqrt(n/2 · ln(1/ε)) (Lim 2014 Eq. A1). */
  public static double deviation(double events, double epsilon) {
    if (!(events >= 0) || Double.isInfinite(events)) {
      throw new IllegalArgumentException("event count must be finite and >= 0, was " + events);
    }
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("ε must be in (0, 1), was " + epsilon);
    }
    return Math.sqrt(events / 2 * Math.log(1 / epsilon));
  }
}
