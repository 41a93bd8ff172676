package io.qgate.netsim.model;

/**
 * One key pool per link, filled continuously at the link's secret key rate up to its capacity and
 * drained a key at a time; levels are brought up to date lazily, when a pool is looked at.
 */
final class KeyPools {

  private final double[] bitsPerNano;
  private final double capacity;
  private final double[] level;
  private final long[] updated;
  private final double[] consumed;

  KeyPools(double[] bitsPerSecond, double capacityBits) {
    int n = bitsPerSecond.length;
    bitsPerNano = new double[n];
    for (int i = 0; i < n; i++) {
      bitsPerNano[i] = bitsPerSecond[i] / 1e9;
    }
    capacity = capacityBits;
    level = new double[n]; // cold start: every pool empty at t = 0
    updated = new long[n];
    consumed = new double[n];
  }

  /** Takes {@code bits} from the link's pool if it holds them now. */
  boolean take(int link, long now, int bits) {
    fill(link, now);
    // A tolerance of a millionth of a bit absorbs rounding in the refill time.
    if (level[link] + 1e-6 < bits) {
      return false;
    }
    level[link] = Math.max(0, level[link] - bits);
    consumed[link] += bits;
    return true;
  }

  /** Nanoseconds until the pool holds {@code bits}; Long.MAX_VALUE if it never will. */
  long nanosUntil(int link, long now, int bits) {
    fill(link, now);
    double missing = bits - level[link];
    if (missing <= 0) {
      return 0;
    }
    return bitsPerNano[link] > 0
        ? Math.max(1, (long) Math.ceil(missing / bitsPerNano[link]))
        : Long.MAX_VALUE;
  }

  double level(int link, long now) {
    fill(link, now);
    return level[link];
  }

  double consumedBits(int link) {
    return consumed[link];
  }

  private void fill(int link, long now) {
    level[link] = Math.min(capacity, level[link] + bitsPerNano[link] * (now - updated[link]));
    updated[link] = now;
  }
}
