package io.qgate.qkd.session;

import java.util.random.RandomGenerator;

/**
 * The pulse indices of the clicks of a Bernoulli(p) process: the number of pulses without a click
 * before the next click is geometric, ⌊ln U / ln(1 − p)⌋ for U uniform in (0, 1] (Devroye,
 * Non-Uniform Random Variate Generation (1986), Sec. X.2), so N pulses cost about N·p draws.
 */
final class GeometricGaps {

  private final double logNoClick; // ln(1 − p)
  private final long total;
  private long pulse;
  private boolean exhausted;

  GeometricGaps(double clickProbability, long totalPulses) {
    if (!(clickProbability >= 0 && clickProbability <= 1)) {
      throw new IllegalArgumentException("click probability must lie in [0, 1]");
    }
    this.logNoClick = Math.log1p(-clickProbability);
    this.total = totalPulses;
    this.exhausted = clickProbability == 0 || totalPulses == 0;
    if (clickProbability == 0) {
      pulse = totalPulses;
    }
  }

  /** The index (1-based) of the next pulse that clicks, or −1 once all pulses are sent. */
  long next(RandomGenerator random) {
    if (exhausted) {
      return -1;
    }
    double skipped =
        logNoClick == Double.NEGATIVE_INFINITY ? 0 : Math.log(1 - random.nextDouble()) / logNoClick;
    if (skipped >= total - pulse) {
      pulse = total;
      exhausted = true;
      return -1;
    }
    pulse += (long) skipped + 1;
    return pulse;
  }

  long pulsesSent() {
    return pulse;
  }

  boolean exhausted() {
    return exhausted;
  }
}
