package io.qgate.qkd.finitekey;

/**
 * The expected secret key rate of Tomamichel 2012, Eq. 3: r = (1 − ε_rob) ℓ / M(n, k), with Alice
 * and Bob choosing the key basis X with p_x = (1 + sqrt(k/n))⁻¹ (Table I), so that on average M = n
 * / p_x² = (√n + √k)² qubits give n key and k test bits.
 */
public final class ExpectedKeyRate {

  private ExpectedKeyRate() {}

  /** p_x = 1 / (1 + sqrt(k/n)) (Tomamichel 2012, Table I). */
  public static double keyBasisProbability(long keyBits, long sampleBits) {
    return 1 / (1 + Math.sqrt((double) sampleBits / keyBits));
  }

  /** M(n, k) = n / p_x² = (√n + √k)², the expected number of detected signals. */
  public static double signals(long keyBits, long sampleBits) {
    return Math.pow(Math.sqrt(keyBits) + Math.sqrt(sampleBits), 2);
  }

  /** r = (1 − ε_rob) ℓ / M(n, k) (Tomamichel 2012 Eq. 3). */
  public static double rate(double keyLength, long keyBits, long sampleBits, double robustness) {
    if (!(robustness >= 0 && robustness <= 1)) {
      throw new IllegalArgumentException("ε_rob must be in [0, 1], was " + robustness);
    }
    return (1 - robustness) * Math.max(0, keyLength) / signals(keyBits, sampleBits);
  }
}
