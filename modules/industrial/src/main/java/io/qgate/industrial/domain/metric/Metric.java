package io.qgate.industrial.domain.metric;

import java.util.Objects;

/**
 * One Sparkplug B metric of a data payload (Eclipse Sparkplug 3.0, §6.4, Metric: alias, timestamp,
 * datatype, value) plus its OPC UA quality. It names its tag by alias only: Sparkplug sends names
 * once, in the birth certificate, and aliases afterwards; here the birth certificate is the PLC's
 * configuration ({@link io.qgate.industrial.domain.plant.Plc}).
 *
 * <p>The value is kept unboxed in {@code bits} (integers sign-extended, FLOAT and DOUBLE as their
 * raw IEEE 754 bits, BOOLEAN as 0 or 1) or in {@code text} for STRING, so decoding a payload of
 * numbers creates one small object per metric and equality is exact, NaN included.
 *
 * @param alias the Sparkplug alias, an unsigned 64-bit number
 * @param timestamp milliseconds since the epoch, UTC (Sparkplug's metric timestamp)
 */
public record Metric(
    long alias, DataType dataType, long timestamp, StatusCode quality, long bits, String text) {

  /** The most UTF-8 bytes a STRING value may have: its length is a u16 on the wire. */
  public static final int MAX_STRING_BYTES = 0xFFFF;

  public Metric {
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(quality, "quality");
    if (timestamp < 0) {
      throw new IllegalArgumentException("metric timestamp must not be before the epoch");
    }
    switch (dataType) {
      case INT32, FLOAT -> require((int) bits == bits, "a 32-bit value");
      case BOOLEAN -> require(bits == 0 || bits == 1, "0 or 1");
      case STRING -> {
        require(bits == 0 && text != null, "text");
        Utf8.requireEncodable(text, MAX_STRING_BYTES);
      }
      default -> {}
    }
    if (dataType != DataType.STRING && text != null) {
      throw new IllegalArgumentException(dataType + " metric carries no text");
    }
  }

  private void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException(dataType + " metric needs " + what);
    }
  }

  public static Metric ofInt32(long alias, long timestamp, StatusCode quality, int value) {
    return new Metric(alias, DataType.INT32, timestamp, quality, value, null);
  }

  public static Metric ofInt64(long alias, long timestamp, StatusCode quality, long value) {
    return new Metric(alias, DataType.INT64, timestamp, quality, value, null);
  }

  public static Metric ofFloat(long alias, long timestamp, StatusCode quality, float value) {
    return new Metric(
        alias, DataType.FLOAT, timestamp, quality, Float.floatToRawIntBits(value), null);
  }

  public static Metric ofDouble(long alias, long timestamp, StatusCode quality, double value) {
    return new Metric(
        alias, DataType.DOUBLE, timestamp, quality, Double.doubleToRawLongBits(value), null);
  }

  public static Metric ofBoolean(long alias, long timestamp, StatusCode quality, boolean value) {
    return new Metric(alias, DataType.BOOLEAN, timestamp, quality, value ? 1 : 0, null);
  }

  public static Metric ofString(long alias, long timestamp, StatusCode quality, String value) {
    return new Metric(alias, DataType.STRING, timestamp, quality, 0, value);
  }

  /** The value as a number (BOOLEAN as 0 or 1, STRING as NaN): what analog limits compare. */
  public double asDouble() {
    return switch (dataType) {
      case INT32, INT64, BOOLEAN -> bits;
      case FLOAT -> Float.intBitsToFloat((int) bits);
      case DOUBLE -> Double.longBitsToDouble(bits);
      case STRING -> Double.NaN;
    };
  }

  /** The value as an integer, for INT32, INT64 and BOOLEAN. */
  public long asLong() {
    if (dataType != DataType.INT32 && dataType != DataType.INT64 && dataType != DataType.BOOLEAN) {
      throw new IllegalStateException(dataType + " metric has no integer value");
    }
    return bits;
  }

  public boolean asBoolean() {
    if (dataType != DataType.BOOLEAN) {
      throw new IllegalStateException(dataType + " metric has no boolean value");
    }
    return bits == 1;
  }

  /** The value for display and alert details, typed as the metric is. */
  public Object value() {
    return switch (dataType) {
      case INT32, INT64 -> bits;
      case FLOAT -> Float.intBitsToFloat((int) bits);
      case DOUBLE -> Double.longBitsToDouble(bits);
      case BOOLEAN -> bits == 1;
      case STRING -> text;
    };
  }

  @Override
  public String toString() {
    return "Metric[alias="
        + Long.toUnsignedString(alias)
        + ", "
        + dataType
        + "="
        + value()
        + ", t="
        + timestamp
        + ", "
        + quality
        + "]";
  }
}
