package io.qgate.qkd.finitekey;

import io.qgate.qkd.information.ShannonEntropy;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lim 2014 Eq. 1, term by term.
 *
 * @param vacuumEvents s_{X,0} (Eq. 2)
 * @param singlePhotonEvents s_{X,1} (Eq. 3)
 * @param testVacuumEvents s_{Z,0}
 * @param testSinglePhotonEvents s_{Z,1}
 * @param testSinglePhotonErrors v_{Z,1} (Eq. 4)
 * @param phaseErrorRate φ_X (Eq. 5)
 * @param leakBits λ_EC
 * @param penaltyBits 6 log2(21/ε_sec) + log2(2/ε_cor), or 0 in the asymptotic limit
 */
public record DecoyKeyLength(
    double vacuumEvents,
    double singlePhotonEvents,
    double testVacuumEvents,
    double testSinglePhotonEvents,
    double testSinglePhotonErrors,
    double phaseErrorRate,
    double leakBits,
    double penaltyBits)
    implements FiniteKeyLength {

  @Override
  public double lengthBound() {
    return vacuumEvents
        + singlePhotonEvents * (1 - ShannonEntropy.binaryOfErrorBound(phaseErrorRate))
        - leakBits
        - penaltyBits;
  }

  @Override
  public String shortfall() {
    if (enoughKey()) {
      return null;
    }
    if (singlePhotonEvents <= 0 || testSinglePhotonEvents <= 0) {
      return "not enough key: the decoy statistics certify no single-photon events";
    }
    if (phaseErrorRate >= 0.5) {
      return "not enough key: the single-photon phase-error bound reaches 1/2";
    }
    return String.format(
        Locale.ROOT,
        "not enough key: s_X0 + s_X1(1 - h(phi_X)) = %.1f bits does not cover"
            + " leak_EC %.1f + security penalty %.1f",
        vacuumEvents + singlePhotonEvents * (1 - ShannonEntropy.binaryOfErrorBound(phaseErrorRate)),
        leakBits,
        penaltyBits);
  }

  @Override
  public Map<String, Object> terms() {
    Map<String, Object> terms = new LinkedHashMap<>();
    terms.put("vacuumEventsX", vacuumEvents);
    terms.put("singlePhotonEventsX", singlePhotonEvents);
    terms.put("vacuumEventsZ", testVacuumEvents);
    terms.put("singlePhotonEventsZ", testSinglePhotonEvents);
    terms.put("singlePhotonErrorsZ", testSinglePhotonErrors);
    terms.put("phaseErrorRate", phaseErrorRate);
    terms.put("leakEcBits", leakBits);
    terms.put("securityPenaltyBits", penaltyBits);
    terms.put("keyLengthBound", lengthBound());
    return terms;
  }
}
