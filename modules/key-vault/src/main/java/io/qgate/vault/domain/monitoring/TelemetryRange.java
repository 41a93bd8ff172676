package io.qgate.vault.domain.monitoring;

import io.qgate.platform.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;

/**
 * A window of a link's time series: [from, to) in buckets of {@code step}, at most {@value
 * #MAX_POINTS} of them.
 */
public record TelemetryRange(Instant from, Instant to, Duration step) {

  public static final int MAX_POINTS = 10_000;
  public static final Duration DEFAULT_SPAN = Duration.ofHours(1);

  public TelemetryRange {
    if (!from.isBefore(to)) {
      throw new InvalidInputException("from", "from must be before to");
    }
    if (step.compareTo(Duration.ofSeconds(1)) < 0 || step.compareTo(Duration.ofDays(1)) > 0) {
      throw new InvalidInputException("step", "step must lie between 1 and 86400 seconds");
    }
    long points = Duration.between(from, to).dividedBy(step);
    if (points > MAX_POINTS) {
      throw new InvalidInputException(
          "step",
          "from..to in steps of "
              + step.toSeconds()
              + " s gives "
              + points
              + " points; at most "
              + MAX_POINTS
              + " (choose a larger step)");
    }
  }
}
