package io.qgate.benchconsole;

import java.util.Arrays;
import java.util.Collection;

/**
 * Order statistics of one phase's times in milliseconds. The median of an even count is the mean of
 * the two middle values; p90 is the nearest-rank percentile (the smallest time at or below which at
 * least 90 % of the runs lie), so it is always a measured time.
 */
record Stats(int runs, double min, double median, double p90, double max) {

  /** The target: the first view in under a second on localhost. */
  static final double TARGET_MS = 1000.0;

  static Stats of(Collection<Double> times) {
    return of(times.stream().mapToDouble(Double::doubleValue).toArray());
  }

  static Stats of(double... times) {
    if (times.length == 0) {
      throw new IllegalArgumentException("no times");
    }
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    return new Stats(n, sorted[0], median, percentile(sorted, 90), sorted[n - 1]);
  }

  /** Nearest rank: the ceil(p/100 · n)-th smallest of the sorted times. */
  static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** Median and p90 both under the target (strictly). */
  boolean underTarget() {
    return median < TARGET_MS && p90 < TARGET_MS;
  }
}
