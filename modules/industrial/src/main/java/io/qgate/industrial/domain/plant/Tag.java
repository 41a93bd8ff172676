package io.qgate.industrial.domain.plant;

import io.qgate.industrial.domain.alarm.AlarmLimits;
import io.qgate.industrial.domain.metric.DataType;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PLC tag as its Sparkplug metric: a hierarchical name ({@code line1/reactor/temperature}, the
 * '/'-separated folders Sparkplug uses in metric names), the alias that replaces the name in data
 * payloads (Eclipse Sparkplug 3.0, §6.4, Metric alias: aliases are unique per edge node and
 * declared in the birth certificate), its datatype, engineering unit and alarm limits.
 *
 * @param alias an unsigned 64-bit Sparkplug alias
 * @param unit the engineering unit, e.g. {@code °C}; empty for unitless tags
 */
public record Tag(String name, long alias, DataType dataType, String unit, AlarmLimits limits) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");

  public Tag {
    if (name == null || name.length() > 200 || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("tag name must be '/'-separated words: " + name);
    }
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(limits, "limits");
    if (!limits.isNone() && !dataType.isNumeric()) {
      throw new IllegalArgumentException(dataType + " tag " + name + " cannot have alarm limits");
    }
  }

  /** A tag without alarm limits. */
  public static Tag of(String name, long alias, DataType dataType, String unit) {
    return new Tag(name, alias, dataType, unit, AlarmLimits.NONE);
  }

  public boolean hasLimits() {
    return !limits.isNone();
  }
}
