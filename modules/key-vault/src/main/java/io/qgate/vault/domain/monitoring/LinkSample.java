package io.qgate.vault.domain.monitoring;

import java.time.Instant;

/**
 * One point of a link's time series: one window (runner tick), or a mean over {@code step} seconds
 * when read back.
 *
 * @param qber null when the source does not report it (external KMEs)
 */
public record LinkSample(
    String linkId,
    Instant at,
    Double qber,
    double siftedBitsPerSecond,
    double secretBitsPerSecond,
    long poolBits,
    String status) {}
