package io.qgate.vault.interfaces.rest;

import io.qgate.platform.domain.InvalidInputException;
import io.qgate.vault.domain.monitoring.LinkSample;
import io.qgate.vault.domain.monitoring.TelemetryRange;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A link's time series: one point per bucket of {@code stepSeconds}, oldest first. */
public record TelemetryView(
    String linkId, Instant from, Instant to, long stepSeconds, List<Point> samples) {

  /**
   * @param qber null where the source does not report it (external KMEs)
   * @param poolBits the pool's level at the bucket's last sample
   * @param status the runner's status at the bucket's last sample
   */
  public record Point(
      Instant at,
      Double qber,
      double siftedBitsPerSecond,
      double secretBitsPerSecond,
      long poolBits,
      String status) {}

  static TelemetryView of(String linkId, TelemetryRange range, List<LinkSample> samples) {
    return new TelemetryView(
        linkId,
        range.from(),
        range.to(),
        range.step().toSeconds(),
        samples.stream()
            .map(
                s ->
                    new Point(
                        s.at(),
                        s.qber(),
                        s.siftedBitsPerSecond(),
                        s.secretBitsPerSecond(),
                        s.poolBits(),
                        s.status()))
            .toList());
  }

  static TelemetryRange range(String from, String to, Duration step) {
    Instant end = instant(to, "to", Instant.now());
    Instant start = instant(from, "from", end.minus(TelemetryRange.DEFAULT_SPAN));
    return new TelemetryRange(start, end, step);
  }

  private static Instant instant(String text, String field, Instant otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, field + " must be an ISO-8601 instant such as 2026-01-01T12:00:00Z");
    }
  }
}
