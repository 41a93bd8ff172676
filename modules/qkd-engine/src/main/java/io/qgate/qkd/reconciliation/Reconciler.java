package io.qgate.qkd.reconciliation;

import io.qgate.qkd.bits.BitArray;

/**
 * Information reconciliation: Bob corrects his key towards Alice's over the public channel. The
 * simulation holds both keys in one process, but an implementation must only read Alice's key to
 * answer parity questions, each of which it counts as disclosed (privacy amplification subtracts
 * them later).
 */
public interface Reconciler {

  /**
   * Reconciles one frame. Neither input is modified.
   *
   * @param alice Alice's sifted key
   * @param bob Bob's sifted key, same length
   * @param qber the error rate both parties assume (estimated beforehand), in (0, 0.5)
   */
  ReconciliationResult reconcile(BitArray alice, BitArray bob, double qber);
}
