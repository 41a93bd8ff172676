package io.qgate.health.domain;

import static io.qgate.health.TestVitals.DEVICE;
import static io.qgate.health.TestVitals.PATIENT;
import static io.qgate.health.TestVitals.T0;
import static io.qgate.health.TestVitals.normal;
import static io.qgate.health.TestVitals.normalBut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VitalsSnapshotTest {

  @Test
  void everyVitalSignHasItsLoincCodeAndUcumUnit() {
    assertThat(VitalSign.HEART_RATE.loinc()).isEqualTo("8867-4");
    assertThat(VitalSign.HEART_RATE.ucum()).isEqualTo("/min");
    assertThat(VitalSign.OXYGEN_SATURATION.loinc()).isEqualTo("59408-5");
    assertThat(VitalSign.ofLoinc("2708-6")).contains(VitalSign.OXYGEN_SATURATION);
    assertThat(VitalSign.OXYGEN_SATURATION.ucum()).isEqualTo("%");
    assertThat(VitalSign.RESPIRATORY_RATE.loinc()).isEqualTo("9279-1");
    assertThat(VitalSign.RESPIRATORY_RATE.ucum()).isEqualTo("/min");
    assertThat(VitalSign.SYSTOLIC_BLOOD_PRESSURE.loinc()).isEqualTo("8480-6");
    assertThat(VitalSign.DIASTOLIC_BLOOD_PRESSURE.loinc()).isEqualTo("8462-4");
    assertThat(VitalSign.SYSTOLIC_BLOOD_PRESSURE.ucum()).isEqualTo("mm[Hg]");
    assertThat(VitalSign.ofLoinc("85354-9")).isEmpty();
  }

  @Test
  void refusesImpossibleValuesAndHalfABloodPressure() {
    assertThatThrownBy(() -> snapshot(normalBut(VitalSign.OXYGEN_SATURATION, 100.5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> snapshot(normalBut(VitalSign.HEART_RATE, Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> snapshot(Map.of(VitalSign.SYSTOLIC_BLOOD_PRESSURE, 120.0)))
        .hasMessageContaining("together");
    assertThatThrownBy(() -> snapshot(normalBut(VitalSign.DIASTOLIC_BLOOD_PRESSURE, 121)))
        .hasMessageContaining("exceed");
    assertThatThrownBy(() -> snapshot(Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverPrintsThePatientOrTheValues() {
    String text = snapshot(normalBut(VitalSign.HEART_RATE, 123)).toString();

    assertThat(text).contains(DEVICE).doesNotContain(PATIENT.value(), "123", "97");
  }

  private static VitalsSnapshot snapshot(Map<VitalSign, Double> values) {
    return new VitalsSnapshot(DEVICE, PATIENT, T0, values);
  }

  @Test
  void normalValuesMakeASnapshot() {
    assertThat(snapshot(normal()).hasBloodPressure()).isTrue();
  }
}
