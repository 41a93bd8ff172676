package io.qgate.benchpipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * How PMUs are dealt to producer threads: round-robin, so the shares differ by at most one PMU, and
 * each PMU stays on one thread (the sealer's per-device sequence must reach Kafka in order). The
 * threads' schedules are offset by one frame interval of the whole fleet each, so that they do not
 * all send at the same instant.
 */
final class PmuShares {

  private PmuShares() {}

  /** {@code items} dealt to {@code threads} lists, item i to list {@code i mod threads}. */
  static <T> List<List<T>> split(List<T> items, int threads) {
    if (threads < 1 || threads > items.size()) {
      throw new IllegalArgumentException(
          threads + " threads for " + items.size() + " PMUs: need 1..number of PMUs");
    }
    List<List<T>> shares = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      shares.add(new ArrayList<>());
    }
    for (int i = 0; i < items.size(); i++) {
      shares.get(i % threads).add(items.get(i));
    }
    return shares;
  }

  /** The start offset of thread {@code t}: t frame intervals at the fleet's total rate. */
  static long offsetNanos(int t, long totalRate) {
    return t * 1_000_000_000L / Math.max(1, totalRate);
  }
}
