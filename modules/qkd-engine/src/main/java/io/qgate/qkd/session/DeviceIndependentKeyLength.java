package io.qgate.qkd.session;

import io.qgate.qkd.finitekey.FiniteKeyLength;
import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.protocol.ChshDeviceIndependent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The E91 key of one block: Acín et al.'s device-independent bound on Eve's information per bit,
 * χ(S) = h((1 + √((S/2)² − 1))/2) (PRL 98 230501 (2007)), at the lower confidence bound of S, with
 * the actual leak and Tomamichel's security penalty: ℓ = n(1 − χ(S_low)) − leak_EC −
 * log2(2/(ε_sec²ε_cor)). The collective-attack rate applied to a finite block is an estimate, not a
 * composable finite-size proof (that needs entropy accumulation, Arnon-Friedman et al., Nat.
 * Commun. 9 459 (2018)).
 */
record DeviceIndependentKeyLength(
    long keyBits, double chshLowerBound, double eveInformation, double leakBits, double penaltyBits)
    implements FiniteKeyLength {

  static DeviceIndependentKeyLength of(
      long keyBits, double chshLowerBound, double leakBits, SecurityParameters security) {
    double chi =
        Double.isNaN(chshLowerBound) ? 1 : ChshDeviceIndependent.eveInformation(chshLowerBound);
    double penalty =
        (Math.log(2 / security.epsilonCorrect()) + 2 * Math.log(1 / security.epsilonSecret()))
            / Math.log(2);
    return new DeviceIndependentKeyLength(keyBits, chshLowerBound, chi, leakBits, penalty);
  }

  @Override
  public double lengthBound() {
    return keyBits * (1 - eveInformation) - leakBits - penaltyBits;
  }

  @Override
  public String shortfall() {
    if (enoughKey()) {
      return null;
    }
    if (!(chshLowerBound > 2)) {
      return String.format(
          Locale.ROOT,
          "not enough key: the CHSH lower bound %.4f does not exceed 2 (too few test events)",
          chshLowerBound);
    }
    return String.format(
        Locale.ROOT,
        "not enough key: n(1 - chi(S)) = %.1f bits does not cover leak_EC %.1f"
            + " + security penalty %.1f",
        keyBits * (1 - eveInformation),
        leakBits,
        penaltyBits);
  }

  @Override
  public Map<String, Object> terms() {
    Map<String, Object> terms = new LinkedHashMap<>();
    terms.put("keyBits", keyBits);
    terms.put("chshLowerBound", chshLowerBound);
    terms.put("eveInformation", eveInformation);
    terms.put("leakEcBits", leakBits);
    terms.put("securityPenaltyBits", penaltyBits);
    terms.put("keyLengthBound", lengthBound());
    return terms;
  }
}
