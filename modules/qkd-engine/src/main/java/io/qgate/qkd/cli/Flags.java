package io.qgate.qkd.cli;

import io.qgate.qkd.protocol.Protocol;

/** Checks of numeric command-line values; each failure is one line naming the flag. */
final class Flags {

  private Flags() {}

  static double probability(String flag, Double value, double fallback) {
    double v = value == null ? fallback : value;
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(flag + " must be a probability in [0, 1], was " + v);
    }
    return v;
  }

  static double nonNegative(String flag, Double value, double fallback) {
    return atLeast(flag, value, fallback, 0);
  }

  static double atLeast(String flag, Double value, double fallback, double minimum) {
    double v = value == null ? fallback : value;
    if (!(v >= minimum) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(
          flag + " must be a finite number >= " + minimum + ", was " + v);
    }
    return v;
  }

  static double positive(String flag, Double value, double fallback) {
    double v = value == null ? fallback : value;
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(flag + " must be a finite number > 0, was " + v);
    }
    return v;
  }

  /** A protocol-specific flag given with another protocol is a mistake worth reporting. */
  static void onlyFor(Protocol chosen, Protocol owner, String flag, Object value) {
    if (value != null && chosen != owner) {
      throw new IllegalArgumentException(flag + " applies to " + owner.cliName() + " only");
    }
  }
}
