package io.qgate.grid.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.grid.application.GridFleet;
import io.qgate.platform.domain.telemetry.SimulatedDevice;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GridTelemetryTest {

  @Test
  void aGatewaySimulatingPartOfTheGridLeavesItsMonitorTheWholeGrid() {
    GridTelemetry telemetry = telemetry(200, 4);

    assertThat(telemetry.fleet().devices())
        .extracting(SimulatedDevice::id)
        .containsExactly("pmu-sub01-1", "pmu-sub01-2", "pmu-sub01-3", "pmu-sub01-4");
    // Frames of a PMU another instance's gateway (or a real one) sends are decoded here too.
    SimulatedDevice elsewhere =
        GridFleet.demo().devices().stream()
            .filter(d -> d.id().equals("pmu-sub50-4"))
            .findFirst()
            .orElseThrow();
    Instant now = Instant.now();
    TelemetryMonitor monitor = telemetry.newMonitor();
    byte[] frame = elsewhere.nextReading(now);
    assertThatCode(() -> monitor.inspect("pmu-sub50-4", now, frame)).doesNotThrowAnyException();
  }

  @Test
  void byDefaultTheGatewaySimulatesTheWholeGrid() {
    assertThat(telemetry(8, 0).fleet().devices()).hasSize(8);
  }

  @Test
  void aPartLargerThanTheGridIsRefusedAtStart() {
    assertThatThrownBy(() -> telemetry(8, 9)).hasMessageContaining("1 to 8, not 9");
  }

  private static GridTelemetry telemetry(int pmus, int simulated) {
    GridTelemetry telemetry = new GridTelemetry();
    telemetry.pmus = pmus;
    telemetry.simulatedPmus = simulated;
    telemetry.eventsPerHour = 0;
    telemetry.build();
    return telemetry;
  }
}
