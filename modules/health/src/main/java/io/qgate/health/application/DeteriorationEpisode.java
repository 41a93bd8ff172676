package io.qgate.health.application;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * A simulated deterioration: a desaturation to 85–89 % SpO2 (with the compensatory rise in heart
 * and breathing rate) or a tachycardia of 135–160 /min. It sets in over 20–40 s, lasts one to four
 * minutes and resolves over 20–40 s, so the monitor sees one sustained crossing and one recovery.
 */
record DeteriorationEpisode(
    Kind kind, double target, Instant start, Duration onset, Duration plateau, Duration recovery) {

  enum Kind {
    DESATURATION,
    TACHYCARDIA
  }

  /** A random episode starting at {@code start}. */
  static DeteriorationEpisode random(RandomGenerator random, Instant start) {
    Kind kind = random.nextBoolean() ? Kind.DESATURATION : Kind.TACHYCARDIA;
    double target =
        kind == Kind.DESATURATION ? 85 + random.nextDouble() * 4 : 135 + random.nextDouble() * 25;
    return new DeteriorationEpisode(
        kind,
        target,
        start,
        Duration.ofSeconds(20 + random.nextInt(21)),
        Duration.ofSeconds(60 + random.nextInt(181)),
        Duration.ofSeconds(20 + random.nextInt(21)));
  }

  /** How far the episode has gone at {@code time}: 0 before and after, 1 at its worst. */
  double severity(Instant time) {
    double t = Duration.between(start, time).toMillis() / 1000.0;
    double on = onset.toSeconds();
    double worst = on + plateau.toSeconds();
    double end = worst + recovery.toSeconds();
    if (t <= 0 || t >= end) {
      return 0;
    }
    if (t < on) {
      return t / on;
    }
    return t <= worst ? 1 : (end - t) / recovery.toSeconds();
  }

  /** Whether the episode is over at {@code time}. */
  boolean isOver(Instant time) {
    return time.isAfter(start.plus(onset).plus(plateau).plus(recovery));
  }
}
