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
 * and a {@link GridMonitor} of the same substations per consuming thread.
 */
@ApplicationScoped
public class GridTelemetry implements DomainTelemetry {

  @Inject
  @ConfigProperty(name = "qgate.fleet.grid.pmus", defaultValue = "200")
  int pmus;

  @Inject
  @ConfigProperty(name = "qgate.fleet.grid.events-per-hour", defaultValue = "6")
  double eventsPerHour;

  private GridFleet fleet;

  @PostConstruct
  void build() {
    fleet = GridFleet.of(pmus, SimulationSettings.defaults().withEventsPerHour(eventsPerHour));
  }

  @Override
  public SimulatedFleet fleet() {
    return fleet;
  }

  @Override
  public TelemetryMonitor newMonitor() {
    return GridMonitor.of(fleet);
  }
}
