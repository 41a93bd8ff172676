package io.qgate.qkd.estimation;

/**
 * Random sampling without replacement for error rates: when c of c + d events are tested and show
 * an error rate b, the untested d events have an error rate at most b + γ except with probability
 * a. The approximation of the hypergeometric tail by Fung, Ma and Chau (Phys. Rev. A 81, 012318
 * (2010)) in the form of Lim et al. (Phys. Rev. A 89, 022307 (2014), Eq. B2).
 */
public final class RandomSamplingBound {

  private RandomSamplingBound() {}

  /**
   * γ(a, b, c, d) = sqrt((c+d)(1−b)b / (cd ln 2) · log2((c+d)/(cd(1−b)b) · 1/a²)) (Lim 2014 Eq. B2;
   * the main text's Eq. 5 is this at a = ε_sec/21), for 0 < b < 1.
   */
  public static double gamma(double a, double b, double c, double d) {
    check(a, c, d);
    if (!(b > 0 && b < 1)) {
      throw new IllegalArgumentException("γ needs an error rate in (0, 1), was " + b);
    }
    double spread = (c + d) * (1 - b) * b / (c * d * Math.log(2));
    double log2 = Math.log((c + d) / (c * d * (1 - b) * b) / (a * a)) / Math.log(2);
    return log2 <= 0 ? 0 : Math.sqrt(spread * log2);
  }

  /**
   * b + γ(a, b, c, d). The approximation behind γ vanishes at b = 0, where it would claim the
   * untested events error-free; there we fall back to Serfling's bound, which holds for any
   * population (Tomamichel 2012 Eq. S15).
   */
  public static double errorRateBound(double a, double b, double c, double d) {
    check(a, c, d);
    if (b >= 1) {
      return b;
    }
    if (b <= 0) {
      return SerflingBound.deviation((long) Math.max(1, d), (long) Math.max(1, c), a);
    }
    return b + gamma(a, b, c, d);
  }

  private static void check(double a, double c, double d) {
    if (!(a > 0 && a < 1)) {
      throw new IllegalArgumentException("failure probability must be in (0, 1), was " + a);
    }
    if (!(c > 0 && d > 0) || Double.isInfinite(c) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("both sets must be non-empty, were " + c + ", " + d);
    }
  }
}
