package io.qgate.grid.infrastructure;

import io.qgate.grid.application.GridFleet;
import io.qgate.grid.application.GridMonitor;
import io.qgate.grid.application.SimulationSettings;
import io.qgate.platform.domain.telemetry.DomainTelemetry;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The grid's part of the telemetry pipeline: {@code qgate.fleet.grid.pmus} PMUs (default 200, 4 a
 * substation, 50 Hz at 50 frames/s) with {@code qgate.fleet.grid.events-per-hour} generator trips,
 * and a {@link GridMonitor} of the same substations per consuming thread. The monitor must know
 * every PMU whose frames may reach this instance's partitions, so the grid is the same on every
 * instance; {@code qgate.fleet.grid.simulated-pmus} lets this instance's gateway simulate only the
 * first PMUs of it.
 */
@ApplicationScoped
public class GridTelemetry implements DomainTelemetry {

  @Inject
  @ConfigProperty(name = "qgate.fleet.grid.pmus", defaultValue = "200")
  int pmus;

  @Inject
  @ConfigProperty(name = "qgate.fleet.grid.simulated-pmus", defaultValue = "0")
  int simulatedPmus; // 0: all of them

  @Inject
  @ConfigProperty(name = "qgate.fleet.grid.events-per-hour", defaultValue = "6")
  double eventsPerHour;

  private GridFleet grid;
  private GridFleet simulated;

  @PostConstruct
  void build() {
    grid = GridFleet.of(pmus, SimulationSettings.defaults().withEventsPerHour(eventsPerHour));
    if (simulatedPmus < 0 || simulatedPmus > pmus) {
      // Named as the operator set it: this fails the deployment at start.
      throw new IllegalArgumentException(
          "QGATE_FLEET_GRID_SIMULATED_PMUS (qgate.fleet.grid.simulated-pmus) must be 0 for the"
              + " whole grid or 1 to "
              + pmus
              + ", not "
              + simulatedPmus
              + " (the grid has "
              + pmus
              + " PMUs, QGATE_FLEET_GRID_PMUS)");
    }
    simulated = simulatedPmus == 0 ? grid : grid.firstPmus(simulatedPmus);
  }

  @Override
  public SimulatedFleet fleet() {
    return simulated;
  }

  @Override
  public TelemetryMonitor newMonitor() {
    return GridMonitor.of(grid);
  }
}
