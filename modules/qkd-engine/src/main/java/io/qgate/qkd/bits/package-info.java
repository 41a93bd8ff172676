/**
 * Packed bit strings ({@link io.qgate.qkd.bits.BitArray}), the common currency of the
 * post-processing stages: sifting, reconciliation, verification and privacy amplification.
 */
package io.qgate.qkd.bits;
