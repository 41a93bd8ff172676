package io.qgate.industrial.domain.alarm;

/**
 * The HI and LO alarm limits of an analog tag with their deadband. The deadband is the hysteresis
 * of ISA-18.2 / IEC 62682 ("alarm deadband"): an alarm raised when the value crosses a limit only
 * clears once the value is back inside the limit by the deadband, so process noise around a limit
 * does not make the alarm chatter and flood the operator (EEMUA 191 and ISA-18.2 name chattering
 * alarms as the first cause of alarm floods).
 *
 * @param low the LO limit, or negative infinity for none
 * @param high the HI limit, or positive infinity for none
 * @param deadband in engineering units, at least 0 and smaller than the span between the limits
 */
public record AlarmLimits(double low, double high, double deadband) {

  /** No limits: the tag never raises a threshold alarm (booleans, strings, counters). */
  public static final AlarmLimits NONE =
      new AlarmLimits(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0);

  public AlarmLimits {
    if (Double.isNaN(low) || Double.isNaN(high) || !(low < high)) {
      throw new IllegalArgumentException("LO limit " + low + " must be below HI limit " + high);
    }
    if (!(deadband >= 0) || Double.isInfinite(deadband) || deadband * 2 >= high - low) {
      throw new IllegalArgumentException(
          "deadband " + deadband + " must be at least 0 and under half the span of the limits");
    }
  }

  public static AlarmLimits of(double low, double high, double deadband) {
    return new AlarmLimits(low, high, deadband);
  }

  public boolean isNone() {
    return Double.isInfinite(low) && Double.isInfinite(high);
  }

  /**
   * The state after observing {@code value} in state {@code current}: a value beyond a limit is in
   * alarm; an alarm holds until the value is back inside its limit by the deadband; NaN changes
   * nothing. A jump from beyond one limit to beyond the other moves straight across.
   */
  public LimitState next(LimitState current, double value) {
    if (Double.isNaN(value)) {
      return current;
    }
    if (value > high) {
      return LimitState.HIGH;
    }
    if (value < low) {
      return LimitState.LOW;
    }
    if (current == LimitState.HIGH && value > high - deadband) {
      return LimitState.HIGH;
    }
    if (current == LimitState.LOW && value < low + deadband) {
      return LimitState.LOW;
    }
    return LimitState.NORMAL;
  }

  /** The limit the state is about: HI for HIGH, LO for LOW. */
  public double limitOf(LimitState state) {
    return switch (state) {
      case HIGH -> high;
      case LOW -> low;
      case NORMAL -> throw new IllegalArgumentException("NORMAL has no limit");
    };
  }
}
