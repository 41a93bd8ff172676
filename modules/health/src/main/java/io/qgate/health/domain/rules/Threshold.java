package io.qgate.health.domain.rules;

import io.qgate.health.domain.VitalSign;

/**
 * One alerting rule: a vital sign crossing a limit, e.g. SpO2 below 90 %. The alert type names the
 * vital ({@code HEALTH_HEART_RATE} for both bradycardia and tachycardia); the rule's {@link #key()}
 * tells the two apart, so each has its own episode.
 *
 * @param alertType the type of the alert raised when the condition starts; its end raises {@code
 *     <alertType>_CLEARED}
 * @param severity CRITICAL or WARNING
 */
public record Threshold(
    String alertType, VitalSign sign, Direction direction, double limit, String severity) {

  /** On which side of the limit a value is abnormal; the limit itself is normal. */
  public enum Direction {
    BELOW("<", "below", "back at or above"),
    ABOVE(">", "above", "back at or below");

    private final String symbol;
    private final String crossed;
    private final String restored;

    Direction(String symbol, String crossed, String restored) {
      this.symbol = symbol;
      this.crossed = crossed;
      this.restored = restored;
    }

    public String symbol() {
      return symbol;
    }

    /** How a message says the limit was crossed ("below"). */
    public String crossed() {
      return crossed;
    }

    /** How a message says the value came back ("back at or above"). */
    public String restored() {
      return restored;
    }
  }

  public Threshold {
    if (alertType == null || !alertType.matches("[A-Z][A-Z0-9_]{0,60}")) {
      throw new IllegalArgumentException("alert type must be UPPER_SNAKE_CASE");
    }
    if (sign == null || direction == null || !sign.isPossible(limit)) {
      throw new IllegalArgumentException("a threshold is a possible value of a vital sign");
    }
    if (!"CRITICAL".equals(severity) && !"WARNING".equals(severity)) {
      throw new IllegalArgumentException("severity must be CRITICAL or WARNING");
    }
  }

  /** Whether {@code value} is on the abnormal side of the limit. */
  public boolean isBreachedBy(double value) {
    return direction == Direction.BELOW ? value < limit : value > limit;
  }

  /** The rule's identity: one per vital sign and direction. */
  public String key() {
    return sign.name() + direction.symbol();
  }

  /** The limit as people write it: {@code 90}, {@code 37.5}. */
  public String limitText() {
    return limit == Math.rint(limit) ? Long.toString((long) limit) : Double.toString(limit);
  }
}
