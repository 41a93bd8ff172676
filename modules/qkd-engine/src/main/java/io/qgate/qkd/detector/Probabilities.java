package io.qgate.qkd.detector;

/** Input checks shared by the optical models: a probability lies in [0, 1]. */
public final class Probabilities {

  private Probabilities() {}

  public static double require(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must lie in [0, 1], was " + value);
    }
    return value;
  }
}
