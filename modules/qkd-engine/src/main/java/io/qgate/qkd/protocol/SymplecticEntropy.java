package io.qgate.qkd.protocol;

/**
 * Von Neumann entropy of a Gaussian mode with symplectic eigenvalue λ (shot-noise units, vacuum λ =
 * 1): G((λ − 1)/2) with G(x) = (x + 1)log2(x + 1) − x·log2 x (Lodewyck et al., PRA 76 042305
 * (2007)).
 */
public final class SymplecticEntropy {

  private SymplecticEntropy() {}

  public static double of(double symplecticEigenvalue) {
    double x = Math.max(0, (symplecticEigenvalue - 1) / 2); // rounding can dip below vacuum
    if (x == 0) {
      return 0;
    }
    return ((x + 1) * Math.log(x + 1) - x * Math.log(x)) / Math.log(2);
  }

  /**
   * The two roots of λ² solving λ⁴ − Aλ² + B = 0, i.e. ½[A ± √(A² − 4B)], the small one as 2B/(A +
   * √(A² − 4B)) so it keeps its precision when A is large.
   */
  public static double[] eigenvaluesOf(double a, double b) {
    double root = Math.sqrt(Math.max(0, a * a - 4 * b));
    double largeSquared = (a + root) / 2;
    double smallSquared = largeSquared > 0 ? b / largeSquared : 0;
    return new double[] {Math.sqrt(largeSquared), Math.sqrt(Math.max(0, smallSquared))};
  }
}
