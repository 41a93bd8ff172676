package io.qgate.industrial.application;

import io.qgate.industrial.domain.metric.Metric;
import io.qgate.industrial.domain.metric.StatusCode;
import io.qgate.industrial.domain.plant.Tag;

/** Turns a simulated number into a metric of the tag's datatype, as a PLC's I/O scaling would. */
final class TagValues {

  private TagValues() {}

  static Metric metric(Tag tag, long millis, StatusCode quality, double value, String text) {
    long alias = tag.alias();
    return switch (tag.dataType()) {
      case INT32 -> Metric.ofInt32(alias, millis, quality, (int) Math.round(value));
      case INT64 -> Metric.ofInt64(alias, millis, quality, (long) Math.floor(value));
      case FLOAT -> Metric.ofFloat(alias, millis, quality, (float) value);
      case DOUBLE -> Metric.ofDouble(alias, millis, quality, value);
      case BOOLEAN -> Metric.ofBoolean(alias, millis, quality, value != 0);
      case STRING -> Metric.ofString(alias, millis, quality, text);
    };
  }
}
