package io.qgate.grid.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.platform.domain.alert.Alert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator and the monitor together, as the gateway and the consumer run them. */
class SimulatedGridMonitoringTest {

  private static final Instant START = Instant.parse("2026-11-27T00:00:00Z");

  @Test
  void normalNoiseRaisesNoAlertOverTenThousandFramesPerPmu() {
    GridFleet fleet = GridFleet.of(4, SimulationSettings.defaults().withEventsPerHour(0));

    assertThat(run(fleet, 10_000)).isEmpty();
  }

  @Test
  void generatorTripsRaiseAlarmsThatAllClear() {
    GridFleet fleet =
        GridFleet.of(
            1,
            SimulationSettings.defaults().withEventsPerHour(GridEventSchedule.MAX_EVENTS_PER_HOUR));

    List<Alert> alerts = run(fleet, 50 * 3600);

    long excursions = count(alerts, "GRID_FREQUENCY_EXCURSION");
    assertThat(excursions).isBetween(6L, 24L); // 12 trips, most deeper than 200 mHz
    assertThat(count(alerts, "GRID_FREQUENCY_EXCURSION_CLEARED"))
        .isEqualTo(
            alerts.stream()
                .filter(
                    a ->
                        a.type().equals("GRID_FREQUENCY_EXCURSION")
                            && a.severity().equals("WARNING"))
                .count());
    assertThat(count(alerts, "GRID_ROCOF")).isPositive();
    assertThat(count(alerts, "GRID_ROCOF_CLEARED")).isEqualTo(count(alerts, "GRID_ROCOF"));
    assertThat(count(alerts, "GRID_PMU_DATA_INVALID")).isZero();
  }

  @Test
  void allPmusOfAFleetSeeTheSameTrip() {
    GridFleet fleet =
        GridFleet.of(
            8,
            SimulationSettings.defaults().withEventsPerHour(GridEventSchedule.MAX_EVENTS_PER_HOUR));

    List<Alert> alerts = run(fleet, 50 * 300);

    assertThat(alerts.stream().filter(a -> a.type().equals("GRID_FREQUENCY_EXCURSION")))
        .extracting(Alert::sourceId)
        .hasSizeGreaterThanOrEqualTo(8)
        .containsAll(fleet.devices().stream().map(PmuSimulator::id).toList());
  }

  @Test
  void simulatedPmuFaultsRaiseTheDataInvalidAlarmOncePerFault() {
    GridFleet fleet =
        GridFleet.of(
            2,
            SimulationSettings.defaults()
                .withEventsPerHour(0)
                .withPmuFaultsPerHour(PmuFaultSchedule.MAX_FAULTS_PER_HOUR));

    List<Alert> alerts = run(fleet, 50 * 3600);

    assertThat(count(alerts, "GRID_PMU_DATA_INVALID")).isEqualTo(12); // 6 slots x 2 PMUs
    assertThat(count(alerts, "GRID_PMU_DATA_INVALID_CLEARED")).isBetween(11L, 12L);
    assertThat(alerts)
        .extracting(Alert::type)
        .containsOnly("GRID_PMU_DATA_INVALID", "GRID_PMU_DATA_INVALID_CLEARED");
  }

  private static long count(List<Alert> alerts, String type) {
    return alerts.stream().filter(a -> a.type().equals(type)).count();
  }

  private static List<Alert> run(GridFleet fleet, int framesPerPmu) {
    GridMonitor monitor = GridMonitor.of(fleet);
    List<Alert> alerts = new ArrayList<>();
    for (int k = 0; k < framesPerPmu; k++) {
      Instant t = START.plusMillis(20L * k);
      for (PmuSimulator pmu : fleet.devices()) {
        alerts.addAll(monitor.inspect(pmu.id(), t, pmu.nextReading(t)));
      }
    }
    return alerts;
  }
}
