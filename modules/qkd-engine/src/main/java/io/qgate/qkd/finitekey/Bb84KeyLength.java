package io.qgate.qkd.finitekey;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tomamichel 2012 Eq. 2, term by term.
 *
 * @param mu statistical deviation μ of the phase error rate
 * @param phaseErrorBound Q_tol + μ
 * @param entropyBits n(1 − h(Q_tol + μ)), Eve's smooth min-entropy bound
 * @param leakBits leak_EC
 * @param penaltyBits log2(2/(ε_sec² ε_cor))
 */
public record Bb84KeyLength(
    Bb84Block block,
    double mu,
    double phaseErrorBound,
    double entropyBits,
    double leakBits,
    double penaltyBits)
    implements FiniteKeyLength {

  @Override
  public double lengthBound() {
    return entropyBits - leakBits - penaltyBits;
  }

  /** ℓ / N: key bits per sifted bit, the rate of Tomamichel 2012 Fig. 2. */
  public double ratePerSiftedBit() {
    return (double) finalKeyBits() / block.siftedBits();
  }

  @Override
  public String shortfall() {
    if (enoughKey()) {
      return null;
    }
    if (phaseErrorBound >= 0.5) {
      return String.format(
          Locale.ROOT,
          "not enough key: the phase-error bound Q_tol + mu = %.4f reaches 1/2"
              + " (the %d-bit sample is too small or Q_tol too high)",
          phaseErrorBound,
          block.sampleBits());
    }
    return String.format(
        Locale.ROOT,
        "not enough key: entropy %.1f bits does not cover leak_EC %.1f + security penalty %.1f",
        entropyBits,
        leakBits,
        penaltyBits);
  }

  @Override
  public Map<String, Object> terms() {
    Map<String, Object> terms = new LinkedHashMap<>();
    terms.put("keyBits", block.keyBits());
    terms.put("mu", mu);
    terms.put("phaseErrorBound", phaseErrorBound);
    terms.put("entropyBits", entropyBits);
    terms.put("leakEcBits", leakBits);
    terms.put("securityPenaltyBits", penaltyBits);
    terms.put("keyLengthBound", lengthBound());
    return terms;
  }
}
