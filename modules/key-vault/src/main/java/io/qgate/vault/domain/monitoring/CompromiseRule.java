package io.qgate.vault.domain.monitoring;

import java.util.Optional;

/**
 * When a window's measurements say someone is on the link: its QBER above the link's alarm
 * threshold; for E91, a CHSH value S at most 2 (no Bell violation, so no device-independent key) or
 * below 2√2(1 − 2·threshold), what an honest link at the alarm QBER shows (S = 2√2(1 − 2E) for a
 * Werner state, Acín et al. 2007); for a decoy link, a decoy-estimated single-photon yield below
 * half of what the link's design gives (a PNS attack shows there, not in the QBER: Hwang 2003; Lo,
 * Ma, Chen 2005).
 */
public final class CompromiseRule {

  /** Y1 may fall to this fraction of the design value before the decoy check fails. */
  public static final double MIN_SINGLE_PHOTON_YIELD_RATIO = 0.5;

  private CompromiseRule() {}

  /** Why the window is bad, or empty if it is good. */
  public static Optional<String> judge(LinkObservation seen, double qberThreshold) {
    if (seen.qber() > qberThreshold) {
      return Optional.of(
          String.format(
              "QBER %.4f above the link's alarm threshold %.4f", seen.qber(), qberThreshold));
    }
    if (seen.chsh() != null) {
      double minimum = 2 * Math.sqrt(2) * (1 - 2 * qberThreshold);
      if (seen.chsh() <= 2) {
        return Optional.of(String.format("CHSH S %.4f: no Bell violation (S <= 2)", seen.chsh()));
      }
      if (seen.chsh() < minimum) {
        return Optional.of(
            String.format(
                "CHSH S %.4f below %.4f, the value of an honest link at the alarm QBER",
                seen.chsh(), minimum));
      }
    }
    if (seen.singlePhotonYield() != null && seen.expectedSinglePhotonYield() != null) {
      double minimum = MIN_SINGLE_PHOTON_YIELD_RATIO * seen.expectedSinglePhotonYield();
      if (!(seen.singlePhotonYield() >= minimum)) {
        return Optional.of(
            String.format(
                "decoy-estimated single-photon yield %.3e below half the link's design value %.3e",
                seen.singlePhotonYield(), seen.expectedSinglePhotonYield()));
      }
    }
    return Optional.empty();
  }
}
