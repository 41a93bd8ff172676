package io.qgate.qkd.eve;

import java.util.List;

/**
 * An attack on the quantum channel, described by its effect on Bob's clicks per photon number of
 * Alice's pulse. Photon numbers are explicit, so attacks on multi-photon pulses are real, and the
 * yields Y_n an attack produces are what a decoy-state analysis can test.
 */
public interface Eavesdropper {

  /** No eavesdropper: the honest lossy channel. */
  Eavesdropper NONE = new HonestChannel();

  /** The short name used in reports and on the command line. */
  String name();

  /** The clicks an n-photon pulse causes at Bob; their probabilities sum to the yield Y_n. */
  List<ClickOutcome> outcomes(int photons, Link link);

  /** Y_n = Σ of the outcome probabilities. */
  default double yieldOf(int photons, Link link) {
    return outcomes(photons, link).stream().mapToDouble(ClickOutcome::probability).sum();
  }
}
