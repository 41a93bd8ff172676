package io.qgate.health.application;

import static io.qgate.health.TestVitals.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.health.domain.VitalSign;
import io.qgate.health.domain.VitalsFormat;
import io.qgate.health.domain.VitalsSnapshot;
import io.qgate.health.infrastructure.fhir.FhirVitalsFormat;
import io.qgate.health.infrastructure.fhir.VitalsBundleParser;
import java.time.Instant;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BedsideMonitorSimulatorTest {

  private static final VitalsFormat FHIR = new FhirVitalsFormat();

  private final VitalsBundleParser parser = new VitalsBundleParser();

  @Test
  void theSameSeedReplaysTheSameReadingsByteForByte() {
    BedsideMonitorSimulator one = fleet(42, SimulatorSettings.defaults()).devices().get(7);
    BedsideMonitorSimulator two = fleet(42, SimulatorSettings.defaults()).devices().get(7);
    BedsideMonitorSimulator other = fleet(43, SimulatorSettings.defaults()).devices().get(7);
    int differing = 0;
    for (int i = 0; i < 600; i++) {
      Instant time = T0.plusSeconds(i);
      byte[] reading = one.nextReading(time);
      assertThat(two.nextReading(time)).isEqualTo(reading);
      differing += java.util.Arrays.equals(other.nextReading(time), reading) ? 0 : 1;
    }
    assertThat(differing).isEqualTo(600);
  }

  @Test
  void aStablePatientStaysWithinAdultNormalRangesAndVaries() {
    Map<VitalSign, DoubleSummaryStatistics> stats = new EnumMap<>(VitalSign.class);
    Map<VitalSign, Set<Double>> distinct = new EnumMap<>(VitalSign.class);
    for (BedsideMonitorSimulator device :
        fleet(1, SimulatorSettings.defaults().stable()).devices().subList(0, 5)) {
      for (int i = 0; i < 3600; i++) {
        VitalsSnapshot snapshot = parser.parse(device.nextReading(T0.plusSeconds(i)));
        assertThat(snapshot.deviceId()).isEqualTo(device.id());
        assertThat(snapshot.patient()).isEqualTo(device.monitor().patient());
        snapshot
            .values()
            .forEach(
                (sign, value) -> {
                  stats.computeIfAbsent(sign, s -> new DoubleSummaryStatistics()).accept(value);
                  distinct.computeIfAbsent(sign, s -> new HashSet<>()).add(value);
                });
      }
    }
    assertRange(stats.get(VitalSign.HEART_RATE), 60, 100);
    assertRange(stats.get(VitalSign.OXYGEN_SATURATION), 95, 99);
    assertRange(stats.get(VitalSign.RESPIRATORY_RATE), 12, 20);
    assertRange(stats.get(VitalSign.SYSTOLIC_BLOOD_PRESSURE), 100, 140);
    assertRange(stats.get(VitalSign.DIASTOLIC_BLOOD_PRESSURE), 60, 90);
    assertThat(stats.get(VitalSign.SYSTOLIC_BLOOD_PRESSURE).getAverage()).isBetween(110.0, 130.0);
    assertThat(stats.get(VitalSign.DIASTOLIC_BLOOD_PRESSURE).getAverage()).isBetween(70.0, 85.0);
    distinct.values().forEach(values -> assertThat(values).hasSizeGreaterThan(3));
  }

  @Test
  void deteriorationEpisodesDesaturateTo85To89OrRaceTheHeart() {
    Set<Double> lowSaturations = new HashSet<>();
    DoubleSummaryStatistics heartRate = new DoubleSummaryStatistics();
    DoubleSummaryStatistics saturation = new DoubleSummaryStatistics();
    for (BedsideMonitorSimulator device :
        fleet(3, new SimulatorSettings(1, 30)).devices().subList(0, 3)) {
      for (int i = 0; i < 2 * 3600; i++) {
        VitalsSnapshot snapshot = parser.parse(device.nextReading(T0.plusSeconds(i)));
        double spo2 = snapshot.value(VitalSign.OXYGEN_SATURATION).orElseThrow();
        saturation.accept(spo2);
        heartRate.accept(snapshot.value(VitalSign.HEART_RATE).orElseThrow());
        if (spo2 < 90) {
          lowSaturations.add(spo2);
        }
      }
    }
    assertThat(saturation.getMin()).isGreaterThanOrEqualTo(85);
    assertThat(lowSaturations).isNotEmpty().allSatisfy(v -> assertThat(v).isBetween(85.0, 89.0));
    assertThat(heartRate.getMax()).isBetween(131.0, 160.0);
  }

  @Test
  void reportsAtTheConfiguredRate() {
    BedsideMonitorSimulator device = fleet(1, new SimulatorSettings(4, 0)).devices().get(0);

    assertThat(device.readingsPerSecond()).isEqualTo(4);
    assertThat(device.kind()).isEqualTo("BEDSIDE_MONITOR");
    for (int i = 0; i < 400; i++) {
      assertThat(parser.parse(device.nextReading(T0.plusMillis(250L * i))).effective())
          .isEqualTo(T0.plusMillis(250L * i));
    }
  }

  private static void assertRange(DoubleSummaryStatistics stats, double low, double high) {
    assertThat(stats.getMin()).isGreaterThanOrEqualTo(low);
    assertThat(stats.getMax()).isLessThanOrEqualTo(high);
  }

  private static HealthFleet fleet(long seed, SimulatorSettings settings) {
    return new HealthFleet(20, 20, seed, settings, FHIR);
  }
}
