package io.qgate.qkd.information;

/** Shannon entropies in bits: the one place the engine computes them. */
public final class ShannonEntropy {

  private static final double LN_2 = Math.log(2);

  private ShannonEntropy() {}

  /** h(x) = −x log2 x − (1 − x) log2(1 − x) (Shannon 1948), with h(0) = h(1) = 0. */
  public static double binary(double x) {
    if (!(x > 0 && x < 1)) {
      return 0;
    }
    return -(x * Math.log(x) + (1 - x) * Math.log1p(-x)) / LN_2;
  }

  /**
   * h(x) of an upper bound on an error rate, taken as 1 from x = ½ on: a bound at or past ½ leaves
   * the eavesdropper everything, which is what the key-length formulas need.
   */
  public static double binaryOfErrorBound(double x) {
    return x >= 0.5 ? 1 : binary(x);
  }

  /** H(p) = −Σ p_i log2 p_i of a probability vector. */
  public static double of(double... p) {
    double sum = 0;
    for (double x : p) {
      if (x > 0) {
        sum -= x * Math.log(x);
      }
    }
    return sum / LN_2;
  }

  public static double log2(double x) {
    return Math.log(x) / LN_2;
  }
}
