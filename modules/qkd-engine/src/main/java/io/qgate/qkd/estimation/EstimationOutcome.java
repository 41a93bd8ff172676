package io.qgate.qkd.estimation;

import io.qgate.qkd.bits.BitArray;

/**
 * The estimate and the keys that remain once the disclosed sample is removed from both sides.
 *
 * @param samplePositions the disclosed positions in the sifted keys, ascending
 */
public record EstimationOutcome(
    QberEstimate estimate, BitArray aliceKey, BitArray bobKey, int[] samplePositions) {}
