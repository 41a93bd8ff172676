package io.qgate.qkd.reconciliation;

/**
 * Summary of many reconciled frames.
 *
 * @param frameBits n, bits per frame
 * @param qber error rate of the frames
 * @param runs frames reconciled
 * @param meanEfficiency mean of f = disclosed / (n·h(e/n)) over frames with e &gt; 0 errors
 * @param efficiencyStandardError standard error of that mean
 * @param frameErrorRate fraction of frames with errors left after reconciliation
 * @param bitErrorRate fraction of all bits still wrong after reconciliation
 * @param meanDisclosedBits parity bits disclosed per frame
 * @param meanMessages parity messages per frame
 * @param throughputMbps reconciled key bits per microsecond of reconciliation time (Mbit/s)
 */
public record CascadeStatistics(
    int frameBits,
    double qber,
    int runs,
    double meanEfficiency,
    double efficiencyStandardError,
    double frameErrorRate,
    double bitErrorRate,
    double meanDisclosedBits,
    double meanMessages,
    double throughputMbps) {}
