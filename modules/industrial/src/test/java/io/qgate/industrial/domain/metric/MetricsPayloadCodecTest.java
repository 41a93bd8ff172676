package io.qgate.industrial.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.telemetry.MalformedReadingException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsPayloadCodecTest {

  private static final long T = 1_764_000_000_123L;

  static MetricsPayload everyDatatype() {
    StatusCode good = StatusCode.GOOD;
    return new MetricsPayload(
        T,
        200,
        List.of(
            Metric.ofInt32(1, T, good, -42),
            Metric.ofInt64(2, T + 1, good, Long.MIN_VALUE),
            Metric.ofFloat(3, T + 2, StatusCode.UNCERTAIN_LAST_USABLE_VALUE, 4.25f),
            Metric.ofDouble(4, T + 3, StatusCode.BAD_SENSOR_FAILURE, -0.0),
            Metric.ofBoolean(5, T + 4, good, true),
            Metric.ofString(-1L, T + 5, StatusCode.BAD_COMMUNICATION_ERROR, "Rezept-Ä ✓ 𝄞")));
  }

  @Test
  void roundTripsEveryDatatype() {
    MetricsPayload payload = everyDatatype();
    assertThat(MetricsPayloadCodec.decode(MetricsPayloadCodec.encode(payload))).isEqualTo(payload);
  }

  @Test
  void writesTheDocumentedLayoutByteByByte() {
    MetricsPayload payload =
        new MetricsPayload(
            0x0102030405060708L,
            0xAB,
            List.of(Metric.ofInt32(0x11, 0x0A0B, StatusCode.BAD_SENSOR_FAILURE, 0x7F000001)));

    byte[] bytes = MetricsPayloadCodec.encode(payload);

    assertThat(bytes)
        .containsExactly(
            // version, timestamp u64, seq u8, count u16
            0x01,
            0x01,
            0x02,
            0x03,
            0x04,
            0x05,
            0x06,
            0x07,
            0x08,
            0xAB - 256,
            0x00,
            0x01,
            // alias u64
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0x11,
            // datatype Int32 = 3
            0x03,
            // timestamp u64
            0,
            0,
            0,
            0,
            0,
            0,
            0x0A,
            0x0B,
            // quality u32 BadSensorFailure 0x808B0000
            0x80 - 256,
            0x8B - 256,
            0,
            0,
            // value i32
            0x7F,
            0,
            0,
            1);
  }

  @Test
  void anEmptyPayloadIsTwelveBytes() {
    byte[] bytes = MetricsPayloadCodec.encode(new MetricsPayload(5, 0, List.of()));
    assertThat(bytes).hasSize(12);
    assertThat(MetricsPayloadCodec.decode(bytes).metrics()).isEmpty();
  }

  @Test
  void everyTruncationIsMalformed() {
    byte[] full = MetricsPayloadCodec.encode(everyDatatype());
    for (int length = 0; length < full.length; length++) {
      byte[] cut = Arrays.copyOf(full, length);
      assertThatThrownBy(() -> MetricsPayloadCodec.decode(cut))
          .as("prefix of %d bytes", length)
          .isInstanceOf(MalformedReadingException.class);
    }
  }

  @Test
  void truncationMessagesSayWhatIsMissing() {
    byte[] full = MetricsPayloadCodec.encode(everyDatatype());
    assertThatThrownBy(() -> MetricsPayloadCodec.decode(Arrays.copyOf(full, full.length - 1)))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("metric 5 STRING value")
        .hasMessageContaining("truncated");
  }

  @Test
  void trailingBytesAreMalformed() {
    byte[] full = MetricsPayloadCodec.encode(everyDatatype());
    byte[] longer = Arrays.copyOf(full, full.length + 1);
    assertThatThrownBy(() -> MetricsPayloadCodec.decode(longer))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("1 trailing bytes");
  }

  @Test
  void aCountBeyondTheBytesIsMalformed() {
    byte[] bytes = MetricsPayloadCodec.encode(everyDatatype());
    bytes[10] = (byte) 0xFF;
    bytes[11] = (byte) 0xFF;
    assertThatThrownBy(() -> MetricsPayloadCodec.decode(bytes))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("declares 65535 metrics");
  }

  @Test
  void aCountBelowTheMetricsLeavesTrailingBytes() {
    byte[] bytes = MetricsPayloadCodec.encode(everyDatatype());
    bytes[11] = 5;
    assertThatThrownBy(() -> MetricsPayloadCodec.decode(bytes))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("trailing bytes");
  }

  @Test
  void unknownDatatypesAreMalformed() {
    for (int code : new int[] {0, 1, 2, 5, 8, 13, 14, 17, 19, 255}) {
      byte[] bytes = single(Metric.ofInt32(1, 0, StatusCode.GOOD, 7));
      bytes[12 + 8] = (byte) code;
      assertThatThrownBy(() -> MetricsPayloadCodec.decode(bytes))
          .isInstanceOf(MalformedReadingException.class)
          .hasMessage("metric 0 has unknown datatype code " + code);
    }
  }

  @Test
  void aDatatypeSwapChangesTheLengthAndIsCaught() {
    byte[] bytes = single(Metric.ofInt32(1, 0, StatusCode.GOOD, 7));
    bytes[12 + 8] = (byte) DataType.DOUBLE.code();
    assertThatThrownBy(() -> MetricsPayloadCodec.decode(bytes))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("metric 0 DOUBLE value needs 8 bytes");
  }

  @Test
  void aBooleanOtherThanZeroOrOneIsMalformed() {
    byte[] bytes = single(Metric.ofBoolean(1, 0, StatusCode.GOOD, true));
    bytes[bytes.length - 1] = 2;
    assertThatThrownBy(() -> MetricsPayloadCodec.decode(bytes))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("0 or 1");
  }

  @Test
  void invalidUtf8IsMalformed() {
    byte[] bytes = single(Metric.ofString(1, 0, StatusCode.GOOD, "ab"));
    bytes[bytes.length - 1] = (byte) 0xC3; // a lead byte with no continuation
    assertThatThrownBy(() -> MetricsPayloadCodec.decode(bytes))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void timestampsBeyondSignedRangeAndUnknownVersionsAreMalformed() {
    byte[] payloadTime = single(Metric.ofInt32(1, 0, StatusCode.GOOD, 7));
    payloadTime[1] = (byte) 0x80;
    assertThatThrownBy(() -> MetricsPayloadCodec.decode(payloadTime))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("payload timestamp");

    byte[] metricTime = single(Metric.ofInt32(1, 0, StatusCode.GOOD, 7));
    metricTime[12 + 9] = (byte) 0xFF;
    assertThatThrownBy(() -> MetricsPayloadCodec.decode(metricTime))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("metric 0 timestamp");

    byte[] version = single(Metric.ofInt32(1, 0, StatusCode.GOOD, 7));
    version[0] = 2;
    assertThatThrownBy(() -> MetricsPayloadCodec.decode(version))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("version 2");

    assertThatThrownBy(() -> MetricsPayloadCodec.decode(null))
        .isInstanceOf(MalformedReadingException.class);
  }

  @Test
  void unknownQualityCodesSurviveTheRoundTrip() {
    Metric metric = Metric.ofInt32(1, 0, StatusCode.of(0xC0000000), 7);
    MetricsPayload decoded = MetricsPayloadCodec.decode(single(metric));
    assertThat(decoded.metrics().get(0).quality().code()).isEqualTo(0xC0000000);
    assertThat(decoded.metrics().get(0).quality().severity()).isEqualTo(QualitySeverity.BAD);
  }

  private static byte[] single(Metric metric) {
    return MetricsPayloadCodec.encode(new MetricsPayload(0, 0, List.of(metric)));
  }
}
