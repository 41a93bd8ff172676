package io.qgate.industrial.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTest {

  private static final StatusCode GOOD = StatusCode.GOOD;

  @Test
  void readsValuesAsTheirDatatype() {
    assertThat(Metric.ofInt32(1, 0, GOOD, -7).asDouble()).isEqualTo(-7.0);
    assertThat(Metric.ofInt64(1, 0, GOOD, 1L << 40).asLong()).isEqualTo(1L << 40);
    assertThat(Metric.ofFloat(1, 0, GOOD, 2.5f).asDouble()).isEqualTo(2.5);
    assertThat(Metric.ofDouble(1, 0, GOOD, 97.25).value()).isEqualTo(97.25);
    assertThat(Metric.ofBoolean(1, 0, GOOD, true).asBoolean()).isTrue();
    assertThat(Metric.ofString(1, 0, GOOD, "CIP").value()).isEqualTo("CIP");
    assertThat(Metric.ofString(1, 0, GOOD, "CIP").asDouble()).isNaN();
  }

  @Test
  void refusesValuesItsDatatypeCannotHold() {
    assertThatThrownBy(() -> new Metric(1, DataType.INT32, 0, GOOD, 1L << 33, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Metric(1, DataType.BOOLEAN, 0, GOOD, 2, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Metric(1, DataType.DOUBLE, 0, GOOD, 0, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metric.ofString(1, 0, GOOD, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metric.ofString(1, 0, GOOD, "a\uD800b"))
        .hasMessageContaining("unpaired surrogate");
    assertThatThrownBy(() -> Metric.ofString(1, 0, GOOD, "é".repeat(40_000)))
        .hasMessageContaining("80000 UTF-8 bytes");
    assertThatThrownBy(() -> Metric.ofInt32(1, -1, GOOD, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metric.ofInt32(1, 0, GOOD, 0).asBoolean())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void payloadSequenceNumbersWrapAt256() {
    assertThat(MetricsPayload.nextSeq(0)).isEqualTo(1);
    assertThat(MetricsPayload.nextSeq(255)).isZero();
    assertThat(MetricsPayload.missingBetween(255, 0)).isZero();
    assertThat(MetricsPayload.missingBetween(3, 4)).isZero();
    assertThat(MetricsPayload.missingBetween(3, 7)).isEqualTo(3);
    assertThat(MetricsPayload.missingBetween(250, 2)).isEqualTo(7);
    assertThatThrownBy(() -> new MetricsPayload(0, 256, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MetricsPayload(0, -1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datatypeCodesAreSparkplugs() {
    assertThat(DataType.INT32.code()).isEqualTo(3);
    assertThat(DataType.INT64.code()).isEqualTo(4);
    assertThat(DataType.FLOAT.code()).isEqualTo(9);
    assertThat(DataType.DOUBLE.code()).isEqualTo(10);
    assertThat(DataType.BOOLEAN.code()).isEqualTo(11);
    assertThat(DataType.STRING.code()).isEqualTo(12);
    assertThat(DataType.ofCode(12)).isEqualTo(DataType.STRING);
    assertThat(DataType.ofCode(13)).isNull();
    assertThat(DataType.ofCode(-1)).isNull();
  }
}
