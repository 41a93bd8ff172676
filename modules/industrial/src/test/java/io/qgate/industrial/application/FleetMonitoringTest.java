package io.qgate.industrial.application;

import static io.qgate.industrial.domain.alarm.IndustrialAlarmTypes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.platform.domain.alert.Alert;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator and the monitor together, as the edge gateway and the consumer run them. */
class FleetMonitoringTest {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  @Test
  void tenThousandNormalPayloadsRaiseNothing() {
    PlantFleet fleet =
        new PlantFleet(new FleetLayout(100, 10, 5, 2), SimulationProfile.quiet(1), 21);
    MetricsMonitor monitor = new MetricsMonitor(fleet.directory());
    int payloads = 0;
    for (int s = 0; payloads < 10_000; s++) {
      for (PlcSimulator plc : fleet.devices()) {
        Instant time = T0.plusSeconds(s);
        assertThat(monitor.inspect(plc.id(), time, plc.nextReading(time))).isEmpty();
        payloads++;
      }
    }
    assertThat(payloads).isEqualTo(10_000);
  }

  /**
   * An hour of the demo fleet with more trouble than the default: every alarm of a tag alternates
   * raise, clear, raise, ... (never twice raised without a clear: no flood), and alarms happen.
   */
  @Test
  void anHourOfTroubleAlternatesRaisesAndClearsPerTag() {
    PlantFleet fleet =
        new PlantFleet(
            new FleetLayout(200, 10, 5, 4), new SimulationProfile(1, 1e-3, 5e-4, 5e-4, 5e-4), 77);
    MetricsMonitor monitor = new MetricsMonitor(fleet.directory());
    Map<String, Boolean> active = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (int s = 0; s < 3600; s++) {
      Instant time = T0.plusSeconds(s);
      for (PlcSimulator plc : fleet.devices()) {
        for (Alert alert : monitor.inspect(plc.id(), time, plc.nextReading(time))) {
          counts.merge(alert.type(), 1, Integer::sum);
          boolean clear = alert.type().endsWith("_CLEARED");
          String family = alert.type().replace("_CLEARED", "");
          String key = alert.sourceId() + " " + alert.details().get("tag") + " " + family;
          assertThat(active.getOrDefault(key, false)).as(key).isEqualTo(clear);
          active.put(key, !clear);
        }
      }
    }
    assertThat(counts)
        .containsKeys(
            THRESHOLD_HIGH,
            THRESHOLD_HIGH_CLEARED,
            BAD_QUALITY,
            BAD_QUALITY_CLEARED,
            UNCERTAIN_QUALITY);
    assertThat(counts).doesNotContainKeys(METRICS_GAP, UNKNOWN_DEVICE, UNKNOWN_TAG);
    int raised = counts.get(THRESHOLD_HIGH) + counts.get(THRESHOLD_LOW);
    assertThat(raised)
        .as("140 analog tags x 3600 readings x 1e-3 = ~504 excursions, one alarm each")
        .isBetween(400, 620);
  }

  @Test
  void droppedPayloadsShowAsAGap() {
    PlantFleet fleet = new PlantFleet(new FleetLayout(10, 10, 1, 1), SimulationProfile.quiet(1), 1);
    PlcSimulator plc = fleet.devices().get(0);
    MetricsMonitor monitor = new MetricsMonitor(fleet.directory());
    monitor.inspect(plc.id(), T0, plc.nextReading(T0));
    plc.nextReading(T0.plusSeconds(1));
    plc.nextReading(T0.plusSeconds(2));
    List<Alert> alerts = monitor.inspect(plc.id(), T0, plc.nextReading(T0.plusSeconds(3)));
    assertThat(alerts).extracting(Alert::type).containsExactly(METRICS_GAP);
    assertThat(alerts.get(0).details()).containsEntry("missing", 2);
  }
}
