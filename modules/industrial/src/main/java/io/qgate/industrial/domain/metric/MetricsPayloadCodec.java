package io.qgate.industrial.domain.metric;

import io.qgate.platform.domain.telemetry.MalformedReadingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The wire format of {@code qgate.industrial.metrics.v1}: a Sparkplug B-style data payload in a
 * fixed big-endian binary layout instead of Sparkplug's protobuf, so the edge gateway needs no
 * protobuf runtime and a consumer decodes with one pass and no reflection. The fields are those of
 * Sparkplug B (Eclipse Sparkplug 3.0, §6.4); docs/industrial.md lists them byte by byte:
 *
 * <pre>
 * u8 version (1) | u64 timestamp ms | u8 seq | u16 metric count
 * per metric: u64 alias | u8 datatype | u64 timestamp ms | u32 quality | value
 * value: INT32/FLOAT 4, INT64/DOUBLE 8, BOOLEAN 1 (0|1), STRING u16 length + UTF-8
 * </pre>
 *
 * <p>Decoding checks every length, code and range and rejects trailing bytes, throwing {@link
 * MalformedReadingException}: a payload is decrypted before it gets here, so anything wrong is a
 * gateway bug or tampering, not noise to skip over.
 */
public final class MetricsPayloadCodec {

  /** The layout version written first; a future layout gets a new number. */
  public static final int VERSION = 1;

  static final int HEADER_BYTES = 1 + 8 + 1 + 2;
  static final int METRIC_HEADER_BYTES = 8 + 1 + 8 + 4;

  private MetricsPayloadCodec() {}

  public static byte[] encode(MetricsPayload payload) {
    List<Metric> metrics = payload.metrics();
    int size = HEADER_BYTES;
    for (Metric metric : metrics) {
      size += METRIC_HEADER_BYTES + valueSize(metric);
    }
    byte[] out = new byte[size];
    int at = putU8(out, 0, VERSION);
    at = putLong(out, at, payload.timestamp());
    at = putU8(out, at, payload.seq());
    at = putU16(out, at, metrics.size());
    for (Metric metric : metrics) {
      at = putLong(out, at, metric.alias());
      at = putU8(out, at, metric.dataType().code());
      at = putLong(out, at, metric.timestamp());
      at = putInt(out, at, metric.quality().code());
      at = putValue(out, at, metric);
    }
    return out;
  }

  public static MetricsPayload decode(byte[] payload) {
    if (payload == null) {
      throw new MalformedReadingException("no payload");
    }
    PayloadReader in = new PayloadReader(payload);
    int version = in.u8("version");
    if (version != VERSION) {
      throw new MalformedReadingException(
          "unknown payload version " + version + ", expected " + VERSION);
    }
    long timestamp = timestamp(in.i64("payload timestamp"), "payload");
    int seq = in.u8("seq");
    int count = in.u16("metric count");
    int smallest = METRIC_HEADER_BYTES + 1;
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

  private static int valueSize(Metric metric) {
    int fixed = metric.dataType().fixedSize();
    return fixed >= 0 ? fixed : 2 + metric.text().getBytes(StandardCharsets.UTF_8).length;
  }

  private static int putValue(byte[] out, int at, Metric metric) {
    return switch (metric.dataType()) {
      case INT32, FLOAT -> putInt(out, at, (int) metric.bits());
      case INT64, DOUBLE -> putLong(out, at, metric.bits());
      case BOOLEAN -> putU8(out, at, (int) metric.bits());
      case STRING -> {
        byte[] text = metric.text().getBytes(StandardCharsets.UTF_8);
        int next = putU16(out, at, text.length);
        System.arraycopy(text, 0, out, next, text.length);
        yield next + text.length;
      }
    };
  }

  private static int putU8(byte[] out, int at, int value) {
    out[at] = (byte) value;
    return at + 1;
  }

  private static int putU16(byte[] out, int at, int value) {
    out[at] = (byte) (value >>> 8);
    out[at + 1] = (byte) value;
    return at + 2;
  }

  private static int putInt(byte[] out, int at, int value) {
    for (int i = 3; i >= 0; i--) {
      out[at++] = (byte) (value >>> (8 * i));
    }
    return at;
  }

  private static int putLong(byte[] out, int at, long value) {
    for (int i = 7; i >= 0; i--) {
      out[at++] = (byte) (value >>> (8 * i));
    }
    return at;
  }
}
