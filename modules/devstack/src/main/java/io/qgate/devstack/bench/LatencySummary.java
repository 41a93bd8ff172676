package io.qgate.devstack.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles of a set of latencies by the nearest-rank method: the p-th percentile of n sorted
 * values is the value of rank ⌈p·n⌉ (so p99 of 100 values is the 99th smallest, p99.9 of fewer than
 * 1,000 values is the largest). All times in nanoseconds; every field is 0 for no values.
 */
public record LatencySummary(
    long count, long meanNanos, long p50, long p90, long p99, long p999, long maxNanos) {

  /** The summary of every value the recorders hold. */
  public static LatencySummary of(Collection<LatencyRecorder> recorders) {
    int total = recorders.stream().mapToInt(LatencyRecorder::size).sum();
    long[] all = new long[total];
    int at = 0;
    for (LatencyRecorder recorder : recorders) {
      long[] values = recorder.values();
      System.arraycopy(values, 0, all, at, values.length);
      at += values.length;
    }
    return of(all);
  }

  /** The summary of {@code values} (sorted in place). */
  public static LatencySummary of(long[] values) {
    if (values.length == 0) {
      return new LatencySummary(0, 0, 0, 0, 0, 0, 0);
    }
    Arrays.sort(values);
    long sum = 0;
    for (long value : values) {
      sum += value;
    }
    return new LatencySummary(
        values.length,
        Math.round((double) sum / values.length),
        percentile(values, 500, 1000),
        percentile(values, 900, 1000),
        percentile(values, 990, 1000),
        percentile(values, 999, 1000),
        values[values.length - 1]);
  }

  /** The value of rank ⌈n·numerator/denominator⌉ (at least 1) in sorted {@code values}. */
  static long percentile(long[] sorted, long numerator, long denominator) {
    long n = sorted.length;
    long rank = (n * numerator + denominator - 1) / denominator;
    return sorted[(int) Math.max(0, Math.min(n, rank) - 1)];
  }

  public static double millis(long nanos) {
    return nanos / 1e6;
  }
}
