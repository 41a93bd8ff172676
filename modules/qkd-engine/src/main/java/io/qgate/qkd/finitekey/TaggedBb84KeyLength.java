package io.qgate.qkd.finitekey;

import io.qgate.qkd.estimation.SerflingBound;
import io.qgate.qkd.information.ShannonEntropy;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The finite key of BB84 with a weak coherent source and no decoys: Tomamichel et al.'s Eq. 2 (Nat.
 * Commun. 3 634 (2012)) applied to the untagged bits of GLLP (Gottesman, Lo, Lütkenhaus, Preskill,
 * QIC 4 325 (2004)). A fraction Δ of the key may come from multi-photon pulses, which Eve can split
 * without errors; the untagged (1 − Δ)n bits carry all the errors at worst:
 *
 * <pre>ℓ = (1 − Δ)n·(1 − h((Q_tol + μ)/(1 − Δ))) − leak_EC − log2(2/(ε_sec²ε_cor)),</pre>
 *
 * with μ Serfling's deviation of Tomamichel's Eq. 2. With Δ = 0 it is Tomamichel's Eq. 2 itself.
 * Another protocol's single-photon leak to Eve can replace h of the bound (SARG04: {@link
 * io.qgate.qkd.protocol.Sarg04SinglePhoton#eveInformationOfErrorBound}).
 *
 * @param keyBits n, the raw key bits after the sample is removed
 * @param taggedFraction Δ in [0, 1]
 * @param deviation μ
 * @param phaseErrorBound (Q_tol + μ)/(1 − Δ)
 * @param eveInformation Eve's information per untagged bit at that bound: h(·) for BB84
 */
public record TaggedBb84KeyLength(
    long keyBits,
    double taggedFraction,
    double deviation,
    double phaseErrorBound,
    double eveInformation,
    double leakBits,
    double penaltyBits)
    implements FiniteKeyLength {

  /** ℓ of n key bits, k sample bits at tolerance Q_tol, tagged fraction Δ and the actual leak. */
  public static TaggedBb84KeyLength of(
      long keyBits,
      long sampleBits,
      double qberTolerance,
      double taggedFraction,
      double leakBits,
      SecurityParameters security) {
    return of(
        keyBits,
        sampleBits,
        qberTolerance,
        taggedFraction,
        leakBits,
        security,
        ShannonEntropy::binaryOfErrorBound);
  }

  /** As {@link #of}, with Eve's information per untagged bit as a function of the error bound. */
  public static TaggedBb84KeyLength of(
      long keyBits,
      long sampleBits,
      double qberTolerance,
      double taggedFraction,
      double leakBits,
      SecurityParameters security,
      DoubleUnaryOperator eveInformation) {
    double epsSec = security.epsilonSecret();
    // μ = Serfling at failure (ε_sec/4)² (Tomamichel 2012 Eq. 2).
    double mu = SerflingBound.deviation(keyBits, sampleBits, Math.pow(epsSec / 4, 2));
    double delta = Math.min(1, Math.max(0, taggedFraction));
    double phase = delta < 1 ? (qberTolerance + mu) / (1 - delta) : 1;
    // log2(2/(ε_sec²ε_cor)) (Tomamichel 2012 Eq. 2).
    double penalty =
        (Math.log(2 / security.epsilonCorrect()) + 2 * Math.log(1 / epsSec)) / Math.log(2);
    double leak = delta < 1 ? eveInformation.applyAsDouble(phase) : 1;
    return new TaggedBb84KeyLength(keyBits, delta, mu, phase, leak, leakBits, penalty);
  }

  @Override
  public double lengthBound() {
    double untagged = (1 - taggedFraction) * keyBits;
    return untagged * (1 - eveInformation) - leakBits - penaltyBits;
  }

  @Override
  public String shortfall() {
    if (enoughKey()) {
      return null;
    }
    if (taggedFraction >= 1) {
      return "not enough key: multi-photon pulses could account for every key bit"
          + " (GLLP tagged fraction >= 1; use decoy states)";
    }
    if (eveInformation >= 1) {
      return String.format(
          Locale.ROOT,
          "not enough key: at the error bound (Q_tol + mu)/(1 - Delta) = %.4f Eve may know"
              + " every untagged bit",
          phaseErrorBound);
    }
    return String.format(
        Locale.ROOT,
        "not enough key: untagged entropy %.1f bits does not cover leak_EC %.1f"
            + " + security penalty %.1f",
        lengthBound() + leakBits + penaltyBits,
        leakBits,
        penaltyBits);
  }

  @Override
  public Map<String, Object> terms() {
    Map<String, Object> terms = new LinkedHashMap<>();
    terms.put("keyBits", keyBits);
    terms.put("taggedFraction", taggedFraction);
    terms.put("mu", deviation);
    terms.put("phaseErrorBound", phaseErrorBound);
    terms.put("eveInformationPerBit", eveInformation);
    terms.put("leakEcBits", leakBits);
    terms.put("securityPenaltyBits", penaltyBits);
    terms.put("keyLengthBound", lengthBound());
    return terms;
  }
}
