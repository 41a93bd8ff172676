package io.qgate.health.domain.rules;

import static io.qgate.health.domain.rules.Threshold.Direction.ABOVE;
import static io.qgate.health.domain.rules.Threshold.Direction.BELOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.health.domain.VitalSign;
import java.util.List;
import org.junit.jupiter.api.Test;

class VitalsThresholdsTest {

  @Test
  void defaultsAreTheRequiredLimits() {
    assertThat(VitalsThresholds.defaults().thresholds())
        .extracting(t -> t.sign().loinc() + " " + t.direction().symbol() + " " + t.limitText())
        .containsExactlyInAnyOrder(
            "59408-5 < 90",
            "8867-4 < 40",
            "8867-4 > 130",
            "9279-1 < 8",
            "9279-1 > 30",
            "8480-6 < 90",
            "8480-6 > 180");
  }

  @Test
  void theLimitItselfIsNormal() {
    Threshold spo2 =
        new Threshold("HEALTH_SPO2_LOW", VitalSign.OXYGEN_SATURATION, BELOW, 90, "CRITICAL");
    Threshold hr = new Threshold("HEALTH_HEART_RATE", VitalSign.HEART_RATE, ABOVE, 130, "CRITICAL");

    assertThat(spo2.isBreachedBy(89.9)).isTrue();
    assertThat(spo2.isBreachedBy(90)).isFalse();
    assertThat(hr.isBreachedBy(130)).isFalse();
    assertThat(hr.isBreachedBy(131)).isTrue();
  }

  @Test
  void aThresholdReplacesTheOneOfItsSignAndDirection() {
    Threshold stricter =
        new Threshold("HEALTH_SPO2_LOW", VitalSign.OXYGEN_SATURATION, BELOW, 92, "WARNING");

    VitalsThresholds rules = VitalsThresholds.defaults().with(stricter).sustainedFor(5);

    assertThat(rules.thresholds()).hasSize(7).contains(stricter);
    assertThat(rules.sustainReadings()).isEqualTo(5);
  }

  @Test
  void refusesDuplicatesAndNonsense() {
    Threshold low =
        new Threshold("HEALTH_SPO2_LOW", VitalSign.OXYGEN_SATURATION, BELOW, 90, "CRITICAL");
    assertThatThrownBy(() -> new VitalsThresholds(List.of(low, low), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VitalsThresholds(List.of(low), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Threshold(
                    "HEALTH_SPO2_LOW", VitalSign.OXYGEN_SATURATION, BELOW, 120, "CRITICAL"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Threshold("HEALTH_SPO2_LOW", VitalSign.OXYGEN_SATURATION, BELOW, 90, "INFO"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
