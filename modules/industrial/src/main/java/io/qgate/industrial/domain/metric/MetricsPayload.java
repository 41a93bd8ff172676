package io.qgate.industrial.domain.metric;

import java.util.List;

/**
 * A Sparkplug B data payload (Eclipse Sparkplug 3.0, §6.4 Payload Component Definitions: {@code
 * timestamp}, {@code metrics}, {@code seq}): what one PLC reports in one message. The sequence
 * number counts messages 0–255 and wraps, so a consumer can see that messages went missing (the
 * Payload's "seq").
 *
 * @param timestamp milliseconds since the epoch, UTC, when the payload was built
 * @param seq 0–255
 */
public record MetricsPayload(long timestamp, int seq, List<Metric> metrics) {

  /** At most this many metrics: the count is a u16 on the wire. */
  public static final int MAX_METRICS = 0xFFFF;

  public MetricsPayload {
    if (timestamp < 0) {
      throw new IllegalArgumentException("payload timestamp must not be before the epoch");
    }
    if (seq < 0 || seq > 255) {
      throw new IllegalArgumentException("seq must be 0–255, not " + seq);
    }
    metrics = List.copyOf(metrics);
    if (metrics.size() > MAX_METRICS) {
      throw new IllegalArgumentException("at most " + MAX_METRICS + " metrics per payload");
    }
  }

  /** The sequence number after {@code seq}: 255 is followed by 0. */
  public static int nextSeq(int seq) {
    return (seq + 1) & 0xFF;
  }

  /**
   * How many payloads were lost between one with {@code previous} and one with {@code received} (0
   * when consecutive). Modulo 256: a loss of 256 or more looks smaller, which seq alone cannot
   * tell.
   */
  public static int missingBetween(int previous, int received) {
    return (received - nextSeq(previous)) & 0xFF;
  }
}
