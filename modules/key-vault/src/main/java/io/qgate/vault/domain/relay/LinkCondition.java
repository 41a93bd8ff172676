package io.qgate.vault.domain.relay;

/**
 * What routing knows of a link when it routes: whether it may be used at all (not marked
 * compromised), how much key its pool holds, and its last QBER (0 if unknown).
 */
public record LinkCondition(boolean usable, long availableBits, double qber) {}
