package io.qgate.qkd.protocol;

import java.util.function.DoubleUnaryOperator;

/** The QBER at which a rate function reaches zero, found by bisection (not a constant). */
public final class QberThreshold {

  private QberThreshold() {}

  /**
   * The root of a rate function that is positive at {@code low} and not positive at {@code high};
   * accurate to 1e-12.
   */
  public static double of(DoubleUnaryOperator rateOfQber, double low, double high) {
    if (!(rateOfQber.applyAsDouble(low) > 0) || rateOfQber.applyAsDouble(high) > 0) {
      throw new IllegalArgumentException("rate must be > 0 at " + low + " and <= 0 at " + high);
    }
    double lo = low;
    double hi = high;
    while (hi - lo > 1e-12) {
      double mid = (lo + hi) / 2;
      if (rateOfQber.applyAsDouble(mid) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }
}
