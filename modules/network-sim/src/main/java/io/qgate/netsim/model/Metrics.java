package io.qgate.netsim.model;

import java.util.Arrays;

/**
 * What the run measures, counted as it happens: rekeys issued and served per time bin and per
 * device before and after the failure, the latency of every served rekey, key consumed per tier. A
 * rekey counts in the bin and window of the time it was asked for.
 */
final class Metrics {

  private final long binNanos;
  private final long failureAt;
  private final long deadline;
  final long[] issuedPerBin;
  final long[] servedPerBin;
  final double[][] consumedBitsPerTierBin;
  final int[] issuedBefore;
  final int[] servedBefore;
  final int[] issuedAfter;
  final int[] servedAfter;
  private long[] latencies = new long[1 << 16];
  private int latencyCount;
  long late;

  Metrics(int devices, int bins, long durationNanos, long failureAtNanos, long deadlineNanos) {
    binNanos = Math.max(1, (durationNanos + bins - 1) / bins);
    failureAt = failureAtNanos < 0 ? Long.MAX_VALUE : failureAtNanos;
    deadline = deadlineNanos;
    issuedPerBin = new long[bins];
    servedPerBin = new long[bins];
    consumedBitsPerTierBin = new double[Tier.values().length][bins];
    issuedBefore = new int[devices];
    servedBefore = new int[devices];
    issuedAfter = new int[devices];
    servedAfter = new int[devices];
  }

  void issued(int device, long at) {
    issuedPerBin[bin(at)]++;
    if (at < failureAt) {
      issuedBefore[device]++;
    } else {
      issuedAfter[device]++;
    }
  }

  /** A rekey asked for at {@code issuedAt} got its key {@code latency} later. */
  void served(int device, long issuedAt, long latency) {
    if (latency > deadline) {
      late++;
      return;
    }
    servedPerBin[bin(issuedAt)]++;
    if (issuedAt < failureAt) {
      servedBefore[device]++;
    } else {
      servedAfter[device]++;
    }
    if (latencyCount == latencies.length) {
      latencies = Arrays.copyOf(latencies, latencies.length * 2);
    }
    latencies[latencyCount++] = latency;
  }

  void consumed(int tier, int bits, long at) {
    consumedBitsPerTierBin[tier][bin(at)] += bits;
  }

  /** Latencies of served rekeys, sorted. */
  long[] sortedLatencies() {
    long[] sorted = Arrays.copyOf(latencies, latencyCount);
    Arrays.sort(sorted);
    return sorted;
  }

  long binNanos() {
    return binNanos;
  }

  private int bin(long at) {
    return (int) Math.min(issuedPerBin.length - 1, at / binNanos);
  }
}
