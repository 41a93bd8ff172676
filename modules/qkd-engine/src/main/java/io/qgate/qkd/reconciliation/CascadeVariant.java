package io.qgate.qkd.reconciliation;

import java.util.Arrays;
import java.util.Locale;

/**
 * Block-size schedules of Cascade. All variants share the protocol (random shuffles, bisection, the
 * cascade back-tracking); they differ in the number of passes and the block size k_i of each. Names
 * follow Martinez-Mateo et al., "Demystifying the information reconciliation protocol Cascade", QIC
 * 15 (2015) 453, as reproduced by B. Rijsman's cascade-cpp.
 */
public enum CascadeVariant {

  /** Brassard and Salvail, EUROCRYPT '93: k1 = ⌈0.73/q⌉, k_i = 2·k_(i−1), four passes. */
  ORIGINAL("original", 4) {
    @Override
    int blockSize(int pass, double q, int n) {
      return pass == 0 ? (int) Math.ceil(0.73 / q) : 2 * blockSize(pass - 1, q, n);
    }
  },

  /** Yan et al. 2008 ("Cascade opt. (2)"): k1 = ⌈0.8/q⌉, k2 = 5·k1, then n/2; ten passes. */
  YAN("yan", 10) {
    @Override
    int blockSize(int pass, double q, int n) {
      int k1 = (int) Math.ceil(0.80 / q);
      return pass == 0 ? k1 : pass == 1 ? 5 * k1 : half(n);
    }
  },

  /**
   * Martinez-Mateo et al. 2015 ("Cascade opt. (8)"): α = log2(1/q) − 1/2, k1 = 2^⌈α⌉, k2 =
   * 2^⌈(α+12)/2⌉, k3 = 4096, then n/2; fourteen passes.
   */
  OPTIMIZED("optimized", 14) {
    @Override
    int blockSize(int pass, double q, int n) {
      double alpha = Math.log(1 / q) / Math.log(2) - 0.5;
      return switch (pass) {
        case 0 -> 1 << (int) Math.ceil(alpha);
        case 1 -> 1 << (int) Math.ceil((alpha + 12) / 2);
        case 2 -> 4096;
        default -> half(n);
      };
    }
  };

  /** Below this the block-size formulas overflow; Rijsman's cascade-cpp clamps the same way. */
  static final double MIN_QBER = 1e-5;

  private final String cliName;
  private final int passes;

  CascadeVariant(String cliName, int passes) {
    this.cliName = cliName;
    this.passes = passes;
  }

  abstract int blockSize(int pass, double qber, int n);

  private static int half(int n) {
    return (n + 1) / 2;
  }

  /** The name used on the command line. */
  public String cliName() {
    return cliName;
  }

  public int passes() {
    return passes;
  }

  /** Block sizes of every pass for an n-bit frame at the assumed QBER, each in [1, n]. */
  public int[] blockSizes(double qber, int n) {
    double q = Math.max(qber, MIN_QBER);
    int[] sizes = new int[passes];
    for (int pass = 0; pass < passes; pass++) {
      sizes[pass] = Math.max(1, Math.min(n, blockSize(pass, q, n)));
    }
    return sizes;
  }

  /** The variant with this command-line name (case-insensitive). */
  public static CascadeVariant byName(String name) {
    for (CascadeVariant v : values()) {
      if (v.cliName.equalsIgnoreCase(name.strip())) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown Cascade variant '"
            + name
            + "' (expected one of "
            + String.join(", ", Arrays.stream(values()).map(v -> v.cliName).toList())
            + ")");
  }

  @Override
  public String toString() {
    return cliName.toLowerCase(Locale.ROOT);
  }
}
