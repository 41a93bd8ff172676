package io.qgate.qkd.finitekey;

/**
 * The data of one decoy-state block: the key basis X and the test basis Z (Lim 2014, step 4).
 *
 * @param keyBasis X: the raw key, n_X = Σ n_{X,k} bits
 * @param testBasis Z: announced, used to bound the phase errors
 */
public record DecoyStatistics(BasisCounts keyBasis, BasisCounts testBasis) {

  public DecoyStatistics {
    if (keyBasis == null || testBasis == null) {
      throw new IllegalArgumentException("both bases' counts are needed");
    }
  }

  /** e_obs = m_X / n_X, the error rate error correction has to fix. */
  public double observedKeyQber() {
    double n = keyBasis.totalDetections();
    return n == 0 ? 0 : keyBasis.totalErrors() / n;
  }

  public DecoyStatistics scaled(double factor) {
    return new DecoyStatistics(keyBasis.scaled(factor), testBasis.scaled(factor));
  }
}
