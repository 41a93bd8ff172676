package io.qgate.health.application;

import static io.qgate.health.TestVitals.DEVICE;
import static io.qgate.health.TestVitals.PATIENT;
import static io.qgate.health.TestVitals.T0;
import static io.qgate.health.TestVitals.normal;
import static io.qgate.health.TestVitals.normalBut;
import static io.qgate.health.TestVitals.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.qgate.health.domain.PatientReference;
import io.qgate.health.domain.VitalSign;
import io.qgate.health.domain.VitalsFormat;
import io.qgate.health.domain.VitalsSnapshot;
import io.qgate.health.domain.rules.Threshold;
import io.qgate.health.domain.rules.VitalsThresholds;
import io.qgate.health.infrastructure.fhir.FhirVitalsFormat;
import io.qgate.health.infrastructure.fhir.VitalsBundleWriter;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VitalsMonitorTest {

  private static final VitalsFormat FHIR = new FhirVitalsFormat();

  private final VitalsMonitor monitor = new VitalsMonitor(FHIR);
  private int second;

  @Test
  void aDesaturationRaisesOneCriticalAlertThenOneClear() {
    List<Alert> alerts = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double spo2 = i >= 5 && i < 20 ? 87 : 97;
      List<Alert> raised = inspect(normalBut(VitalSign.OXYGEN_SATURATION, spo2));
      raised.forEach(a -> at.add(second - 1));
      alerts.addAll(raised);
    }

    assertThat(alerts)
        .extracting(Alert::type)
        .containsExactly("HEALTH_SPO2_LOW", "HEALTH_SPO2_LOW_CLEARED");
    assertThat(at).containsExactly(7, 22);
    Alert raised = alerts.get(0);
    assertThat(raised.severity()).isEqualTo("CRITICAL");
    assertThat(raised.tenant()).isEqualTo("HOSPITAL");
    assertThat(raised.sourceKind()).isEqualTo("DEVICE");
    assertThat(raised.sourceId()).isEqualTo(DEVICE);
    assertThat(raised.message()).isEqualTo("SpO2 below 90 % at ward 3 bed 12");
    assertThat(raised.details())
        .containsEntry("deviceId", DEVICE)
        .containsEntry("ward", 3)
        .containsEntry("bed", 12)
        .containsEntry("loinc", "59408-5")
        .containsEntry("comparator", "<")
        .containsEntry("threshold", 90.0)
        .containsEntry("unit", "%");
    Alert cleared = alerts.get(1);
    assertThat(cleared.severity()).isEqualTo("INFO");
    assertThat(cleared.message()).isEqualTo("SpO2 back at or above 90 % at ward 3 bed 12");
    alerts.forEach(a -> assertCarriesNoPatientData(a, 87));
  }

  static Stream<Arguments> conditions() {
    return Stream.of(
        arguments(
            VitalSign.HEART_RATE,
            37,
            "HEALTH_HEART_RATE",
            "CRITICAL",
            "Heart rate below 40 beats/minute"),
        arguments(
            VitalSign.HEART_RATE,
            151,
            "HEALTH_HEART_RATE",
            "CRITICAL",
            "Heart rate above 130 beats/minute"),
        arguments(
            VitalSign.RESPIRATORY_RATE,
            6,
            "HEALTH_RESPIRATORY_RATE",
            "CRITICAL",
            "Respiratory rate below 8 breaths/minute"),
        arguments(
            VitalSign.RESPIRATORY_RATE,
            36,
            "HEALTH_RESPIRATORY_RATE",
            "CRITICAL",
            "Respiratory rate above 30 breaths/minute"),
        arguments(
            VitalSign.SYSTOLIC_BLOOD_PRESSURE,
            77,
            "HEALTH_BLOOD_PRESSURE",
            "CRITICAL",
            "Systolic blood pressure below 90 mmHg"),
        arguments(
            VitalSign.SYSTOLIC_BLOOD_PRESSURE,
            203,
            "HEALTH_BLOOD_PRESSURE",
            "WARNING",
            "Systolic blood pressure above 180 mmHg"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("conditions")
  void everyConditionStartsAndEndsOnce(
      VitalSign sign, double value, String type, String severity, String message) {
    List<Alert> alerts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Map<VitalSign, Double> values = i >= 5 && i < 12 ? normalBut(sign, value) : normal();
      values.put(VitalSign.DIASTOLIC_BLOOD_PRESSURE, 60.0);
      alerts.addAll(inspect(values));
    }

    assertThat(alerts).extracting(Alert::type).containsExactly(type, type + "_CLEARED");
    assertThat(alerts).extracting(Alert::severity).containsExactly(severity, "INFO");
    assertThat(alerts.get(0).message()).isEqualTo(message + " at ward 3 bed 12");
    assertThat(alerts.get(0).details()).containsEntry("loinc", sign.loinc());
    alerts.forEach(a -> assertCarriesNoPatientData(a, value));
  }

  @Test
  void tenThousandNormalReadingsRaiseNothing() {
    HealthFleet fleet = new HealthFleet(10, 20, 5, SimulatorSettings.defaults().stable(), FHIR);
    int readings = 0;
    for (BedsideMonitorSimulator device : fleet.devices()) {
      for (int i = 0; i < 1000; i++) {
        Instant time = T0.plusSeconds(i);
        assertThat(monitor.inspect(device.id(), time, device.nextReading(time))).isEmpty();
        readings++;
      }
    }
    assertThat(readings).isEqualTo(10_000);
  }

  @Test
  void simulatedEpisodesAlternateBetweenRaisedAndCleared() {
    HealthFleet fleet = new HealthFleet(3, 20, 11, new SimulatorSettings(1, 30), FHIR);
    List<Alert> alerts = new ArrayList<>();
    for (BedsideMonitorSimulator device : fleet.devices()) {
      Map<String, Boolean> active = new java.util.HashMap<>();
      for (int i = 0; i < 2 * 3600; i++) {
        Instant time = T0.plusSeconds(i);
        for (Alert alert : monitor.inspect(device.id(), time, device.nextReading(time))) {
          String rule = alert.type().replace("_CLEARED", "") + alert.details().get("comparator");
          boolean clearing = alert.type().endsWith("_CLEARED");
          assertThat(active.getOrDefault(rule, false)).as(rule).isEqualTo(clearing);
          active.put(rule, !clearing);
          assertThat(alert.message()).doesNotContain(device.monitor().patient().value());
          assertThat(alert.details().toString()).doesNotContain(device.monitor().patient().value());
          alerts.add(alert);
        }
      }
    }
    assertThat(alerts)
        .extracting(Alert::type)
        .contains(
            "HEALTH_SPO2_LOW",
            "HEALTH_SPO2_LOW_CLEARED",
            "HEALTH_HEART_RATE",
            "HEALTH_HEART_RATE_CLEARED");
  }

  @Test
  void aBriefBlipIsDebouncedUnlessSustainIsOne() {
    for (double spo2 : new double[] {97, 97, 88, 88, 97, 97}) {
      assertThat(inspect(normalBut(VitalSign.OXYGEN_SATURATION, spo2))).isEmpty();
    }
    VitalsMonitor eager = new VitalsMonitor(FHIR, VitalsThresholds.defaults().sustainedFor(1));
    assertThat(eager.inspect(DEVICE, T0, reading(0, normalBut(VitalSign.OXYGEN_SATURATION, 88))))
        .extracting(Alert::type)
        .containsExactly("HEALTH_SPO2_LOW");
  }

  @Test
  void aMissingVitalSignLeavesItsConditionAsItWas() {
    for (int i = 0; i < 3; i++) {
      inspect(normalBut(VitalSign.OXYGEN_SATURATION, 85));
    }
    for (int i = 0; i < 10; i++) {
      assertThat(inspect(Map.of(VitalSign.HEART_RATE, 80.0))).isEmpty();
    }
    List<Alert> alerts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      alerts.addAll(inspect(normal()));
    }
    assertThat(alerts).extracting(Alert::type).containsExactly("HEALTH_SPO2_LOW_CLEARED");
  }

  @Test
  void devicesHaveTheirOwnState() {
    byte[] otherLow = write("mon-01-01", normalBut(VitalSign.OXYGEN_SATURATION, 85));
    for (int i = 0; i < 2; i++) {
      inspect(normalBut(VitalSign.OXYGEN_SATURATION, 85));
      assertThat(monitor.inspect("mon-01-01", T0, otherLow)).isEmpty();
    }
    assertThat(inspect(normalBut(VitalSign.OXYGEN_SATURATION, 85))).hasSize(1);
    assertThat(monitor.inspect("mon-01-01", T0, otherLow)).hasSize(1);
  }

  @Test
  void thresholdsAreConfigurable() {
    Threshold stricter =
        new Threshold(
            "HEALTH_SPO2_LOW",
            VitalSign.OXYGEN_SATURATION,
            Threshold.Direction.BELOW,
            92,
            "WARNING");
    VitalsMonitor strict =
        new VitalsMonitor(FHIR, VitalsThresholds.defaults().with(stricter).sustainedFor(1));

    List<Alert> alerts =
        strict.inspect(DEVICE, T0, reading(0, normalBut(VitalSign.OXYGEN_SATURATION, 91)));

    assertThat(alerts)
        .extracting(Alert::message)
        .containsExactly("SpO2 below 92 % at ward 3 bed 12");
    assertThat(alerts).extracting(Alert::severity).containsExactly("WARNING");
  }

  @Test
  void aMonitorOutsideTheNamingConventionIsNamedByItsId() {
    VitalsMonitor eager = new VitalsMonitor(FHIR, VitalsThresholds.defaults().sustainedFor(1));

    List<Alert> alerts =
        eager.inspect("icu-bed-7", T0, write("icu-bed-7", normalBut(VitalSign.HEART_RATE, 30)));

    assertThat(alerts)
        .extracting(Alert::message)
        .containsExactly("Heart rate below 40 beats/minute at monitor icu-bed-7");
    assertThat(alerts.get(0).details()).doesNotContainKeys("ward", "bed");
  }

  @Test
  void refusesAReadingOfAnotherDeviceOrNotInTheFormat() {
    assertThatThrownBy(() -> monitor.inspect("mon-01-01", T0, reading(0, normal())))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("device");
    assertThatThrownBy(() -> monitor.inspect(DEVICE, T0, "{}".getBytes()))
        .isInstanceOf(MalformedReadingException.class);
    assertThat(monitor.topic()).isEqualTo("qgate.health.vitals.v1");
  }

  private List<Alert> inspect(Map<VitalSign, Double> values) {
    int at = second++;
    return monitor.inspect(DEVICE, T0.plusSeconds(at), reading(at, values));
  }

  private static byte[] write(String deviceId, Map<VitalSign, Double> values) {
    return new VitalsBundleWriter()
        .write(
            new VitalsSnapshot(
                deviceId,
                PatientReference.random(new SplittableRandom(9)),
                T0,
                new EnumMap<>(values)));
  }

  /** Operators read alerts: no pseudonym, no measured value, in the message or the details. */
  private static void assertCarriesNoPatientData(Alert alert, double measured) {
    String value = Long.toString(Math.round(measured));
    assertThat(alert.message())
        .doesNotContain(PATIENT.value(), PATIENT.value().substring(8), value);
    assertThat(alert.details().toString())
        .doesNotContain(PATIENT.value().substring(10), "Patient/", value);
    assertThat(alert.details().values()).doesNotContain(measured, (int) measured, (long) measured);
    assertThat(alert.details().keySet())
        .containsOnly(
            "deviceId", "ward", "bed", "loinc", "vital", "comparator", "threshold", "unit");
  }
}
