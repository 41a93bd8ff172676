package io.qgate.qkd.finitekey;

/**
 * The composable security targets: the key is ε_sec-secret (trace distance to a uniform key
 * independent of Eve, weighted by the chance of not aborting) and ε_cor-correct (Pr[S_A ≠ S_B] ≤
 * ε_cor), hence (ε_sec + ε_cor)-secure (Tomamichel 2012, Security Definitions).
 */
public record SecurityParameters(double epsilonSecret, double epsilonCorrect) {

  public SecurityParameters {
    check("ε_sec", epsilonSecret);
    check("ε_cor", epsilonCorrect);
  }

  /** ε = ε_sec + ε_cor, the overall security. */
  public double epsilon() {
    return epsilonSecret + epsilonCorrect;
  }

  private static void check(String name, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1), was " + value);
    }
  }
}
