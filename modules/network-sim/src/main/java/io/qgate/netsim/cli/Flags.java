package io.qgate.netsim.cli;

/** Checks of numeric command-line values; each failure is one line naming the flag. */
final class Flags {

  private Flags() {}

  static double positive(String flag, Double value, double fallback) {
    double v = value == null ? fallback : value;
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(flag + " must be a finite number > 0, was " + v);
    }
    return v;
  }

  static double nonNegative(String flag, Double value, double fallback) {
    double v = value == null ? fallback : value;
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(flag + " must be a finite number >= 0, was " + v);
    }
    return v;
  }

  /** An optional count: absent is 0 ("the architecture's default"), given must be >= 1. */
  static int count(String flag, Integer value) {
    if (value != null && value < 1) {
      throw new IllegalArgumentException(flag + " must be >= 1, was " + value);
    }
    return value == null ? 0 : value;
  }

  /** Seconds to nanoseconds; beyond about 290 years of simulated time is refused. */
  static long nanos(double seconds) {
    if (seconds * 1e9 >= Long.MAX_VALUE / 4) {
      throw new IllegalArgumentException("a time of " + seconds + " s is too long to simulate");
    }
    return Math.round(seconds * 1e9);
  }
}
