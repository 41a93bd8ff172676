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

  /**
   * @throws MalformedReadingException if the bytes are not exactly one payload of this layout
   */
  public static MetricsPayload decode(byte[] payload) {
    return PayloadDecoder.decode(payload);
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
