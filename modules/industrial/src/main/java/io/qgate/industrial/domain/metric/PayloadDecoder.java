package io.qgate.industrial.domain.metric;

import io.qgate.platform.domain.telemetry.MalformedReadingException;
import java.util.List;

/**
 * The decoding half of {@link MetricsPayloadCodec}: one pass over the bytes, checking the version,
 * that the declared metric count can fit before allocating for it, every datatype code, every
 * length, BOOLEAN as 0 or 1, strict UTF-8, timestamps within signed range, and that no byte is left
 * over. Each failure names the field and offset, so a gateway bug is found from the log line.
 */
final class PayloadDecoder {

  private PayloadDecoder() {}

  static MetricsPayload decode(byte[] payload) {
    if (payload == null) {
      throw new MalformedReadingException("no payload");
    }
    PayloadReader in = new PayloadReader(payload);
    int version = in.u8("version");
    if (version != MetricsPayloadCodec.VERSION) {
      throw new MalformedReadingException(
          "unknown payload version " + version + ", expected " + MetricsPayloadCodec.VERSION);
    }
    long timestamp = timestamp(in.i64("payload timestamp"), "payload");
    int seq = in.u8("seq");
    int count = in.u16("metric count");
    int smallest = MetricsPayloadCodec.METRIC_HEADER_BYTES + 1;
    if ((long) count * smallest > in.remaining()) {
      throw new MalformedReadingException(
          String.format(
              "payload declares %d metrics but only %d bytes follow (at least %d per metric)",
              count, in.remaining(), smallest));
    }
    Metric[] metrics = new Metric[count];
    for (int i = 0; i < count; i++) {
      metrics[i] = decodeMetric(in, i);
    }
    if (in.remaining() != 0) {
      throw new MalformedReadingException(
          in.remaining() + " trailing bytes after the last metric, at offset " + in.position());
    }
    return new MetricsPayload(timestamp, seq, List.of(metrics));
  }

  private static Metric decodeMetric(PayloadReader in, int index) {
    String where = "metric " + index;
    long alias = in.i64(where + " alias");
    int code = in.u8(where + " datatype");
    DataType type = DataType.ofCode(code);
    if (type == null) {
      throw new MalformedReadingException(where + " has unknown datatype code " + code);
    }
    long timestamp = timestamp(in.i64(where + " timestamp"), where);
    StatusCode quality = StatusCode.of(in.i32(where + " quality"));
    String value = where + " " + type + " value";
    return switch (type) {
      case INT32, FLOAT -> new Metric(alias, type, timestamp, quality, in.i32(value), null);
      case INT64, DOUBLE -> new Metric(alias, type, timestamp, quality, in.i64(value), null);
      case BOOLEAN -> new Metric(alias, type, timestamp, quality, bool(in.u8(value), where), null);
      case STRING -> {
        int length = in.u16(value + " length");
        yield new Metric(alias, type, timestamp, quality, 0, in.utf8(length, value));
      }
    };
  }

  private static long timestamp(long millis, String where) {
    if (millis < 0) {
      throw new MalformedReadingException(
          where + " timestamp " + Long.toUnsignedString(millis) + " ms is out of range");
    }
    return millis;
  }

  private static long bool(int value, String where) {
    if (value > 1) {
      throw new MalformedReadingException(where + " BOOLEAN value must be 0 or 1, not " + value);
    }
    return value;
  }
}
