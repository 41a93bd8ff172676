package io.qgate.industrial.application;

import io.qgate.industrial.domain.alarm.AlarmLimits;
import io.qgate.industrial.domain.metric.DataType;
import io.qgate.industrial.domain.plant.Tag;

/**
 * One kind of tag every simulated PLC has: its name below the PLC's unit folder ({@code
 * reactor/temperature}), datatype, unit, limits and the process that drives it.
 */
public record TagTemplate(
    String path, DataType dataType, String unit, AlarmLimits limits, SignalModel model) {

  /** The tag of this template on a PLC: {@code <prefix>/<path>} with the given alias. */
  public Tag toTag(String prefix, long alias) {
    return new Tag(prefix + "/" + path, alias, dataType, unit, limits);
  }
}
