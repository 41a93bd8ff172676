package io.qgate.qkd.cli;

import java.math.BigDecimal;

/** The checks of {@code sim finite-key}'s flags; each failure is one line naming the flag. */
final class FiniteKeyFlags {

  private FiniteKeyFlags() {}

  static <T> T required(String flag, T value) {
    if (value == null) {
      throw new IllegalArgumentException(flag + " is required for --protocol bb84");
    }
    return value;
  }

  /** A whole number of bits, written plainly or as 1e6. */
  static long count(String flag, String text) {
    try {
      return new BigDecimal(text.strip()).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          flag + " must be a whole number of bits, was '" + text + "'");
    }
  }

  static double openUnit(String flag, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(flag + " must be in (0, 1), was " + value);
    }
    return value;
  }

  static void efficiency(double f) {
    if (!(f >= 1) || Double.isInfinite(f)) {
      throw new IllegalArgumentException("--ec-efficiency must be a finite number >= 1, was " + f);
    }
  }

  static void block(long n, long k, double q) {
    if (n < 1) {
      throw new IllegalArgumentException("--sifted must be >= 1, was " + n);
    }
    if (k <= 0 || k >= n) {
      throw new IllegalArgumentException("--sample must satisfy 0 < K < N = " + n + ", was " + k);
    }
    if (!(q >= 0 && q < 0.5)) {
      throw new IllegalArgumentException("--qber-tol must be in [0, 0.5), was " + q);
    }
  }
}
