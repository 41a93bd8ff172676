package io.qgate.industrial.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StatusCodeTest {

  @Test
  void classifiesTheCodesOfOpcUaPart4() {
    assertThat(StatusCode.GOOD.severity()).isEqualTo(QualitySeverity.GOOD);
    assertThat(StatusCode.UNCERTAIN_LAST_USABLE_VALUE.severity())
        .isEqualTo(QualitySeverity.UNCERTAIN);
    assertThat(StatusCode.BAD_SENSOR_FAILURE.severity()).isEqualTo(QualitySeverity.BAD);
    assertThat(StatusCode.BAD_COMMUNICATION_ERROR.severity()).isEqualTo(QualitySeverity.BAD);
    assertThat(StatusCode.GOOD.isGood()).isTrue();
    assertThat(StatusCode.UNCERTAIN_LAST_USABLE_VALUE.isGood()).isFalse();
  }

  @Test
  void theNamedCodesHaveTheirOpcUaValuesAndNames() {
    assertThat(StatusCode.UNCERTAIN_LAST_USABLE_VALUE.code()).isEqualTo(0x40900000);
    assertThat(StatusCode.BAD_SENSOR_FAILURE.code()).isEqualTo(0x808B0000);
    assertThat(StatusCode.BAD_COMMUNICATION_ERROR.code()).isEqualTo(0x80050000);
    assertThat(StatusCode.BAD_SENSOR_FAILURE.symbolicName()).isEqualTo("BadSensorFailure");
    assertThat(StatusCode.of(0x80050000)).isSameAs(StatusCode.BAD_COMMUNICATION_ERROR);
    assertThat(StatusCode.of(0x40930000).symbolicName()).isEqualTo("UNCERTAIN(0x40930000)");
  }

  @Test
  void lowBitsDoNotChangeTheSeverity() {
    assertThat(QualitySeverity.of(0x3FFFFFFF)).isEqualTo(QualitySeverity.GOOD);
    assertThat(QualitySeverity.of(0x40000000)).isEqualTo(QualitySeverity.UNCERTAIN);
    assertThat(QualitySeverity.of(0x80000000)).isEqualTo(QualitySeverity.BAD);
    assertThat(QualitySeverity.of(0xC0000000))
        .as("the reserved severity 11 reads as Bad")
        .isEqualTo(QualitySeverity.BAD);
  }

  @Property
  void theSeverityIsTheTopTwoBits(@ForAll int code) {
    QualitySeverity expected =
        switch (code >>> 30) {
          case 0 -> QualitySeverity.GOOD;
          case 1 -> QualitySeverity.UNCERTAIN;
          default -> QualitySeverity.BAD;
        };
    assertThat(StatusCode.of(code).severity()).isEqualTo(expected);
    assertThat(StatusCode.of(code).code()).isEqualTo(code);
  }
}
