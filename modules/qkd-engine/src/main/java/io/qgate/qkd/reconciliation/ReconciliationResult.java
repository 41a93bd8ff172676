package io.qgate.qkd.reconciliation;

import io.qgate.qkd.bits.BitArray;
import io.qgate.qkd.information.ShannonEntropy;

/**
 * Outcome of reconciling one frame.
 *
 * @param corrected Bob's key after reconciliation (equal to Alice's unless residual errors remain:
 *     only error verification can tell)
 * @param disclosedBits parity bits Alice revealed; privacy amplification must subtract them
 * @param messages rounds on the public channel: one per pass for the top-level block parities, one
 *     per batch of bisection questions answered together (the latency cost of interactivity)
 */
public record ReconciliationResult(BitArray corrected, long disclosedBits, long messages) {

  /**
   * Efficiency f = disclosed / (n·h(q)), 1 being the Shannon limit, as defined by Martinez-Mateo et
   * al., "Demystifying the information reconciliation protocol Cascade", QIC 15 (2015) 453.
   */
  public double efficiency(double qber) {
    return disclosedBits / (corrected.length() * ShannonEntropy.binary(qber));
  }
}
