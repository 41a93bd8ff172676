package io.qgate.health.infrastructure;

import io.qgate.health.application.HealthFleet;
import io.qgate.health.application.SimulatorSettings;
import io.qgate.health.application.VitalsMonitor;
import io.qgate.health.domain.VitalsFormat;
import io.qgate.health.infrastructure.fhir.FhirVitalsFormat;
import io.qgate.platform.domain.telemetry.DomainTelemetry;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hospital's part of the telemetry pipeline: {@code qgate.fleet.health.monitors} bedside
 * monitors (default 300, 20 beds a ward, a reading a second) with {@code
 * qgate.fleet.health.episodes-per-hour} deterioration episodes per patient, and a {@link
 * VitalsMonitor} per consuming thread.
 */
@ApplicationScoped
public class HealthTelemetry implements DomainTelemetry {

  @Inject
  @ConfigProperty(name = "qgate.fleet.health.monitors", defaultValue = "300")
  int monitors;

  @Inject
  @ConfigProperty(name = "qgate.fleet.health.episodes-per-hour", defaultValue = "0.5")
  double episodesPerHour;

  private final VitalsFormat format = new FhirVitalsFormat();
  private HealthFleet fleet;

  @PostConstruct
  void build() {
    SimulatorSettings defaults = SimulatorSettings.defaults();
    fleet =
        new HealthFleet(
            monitors,
            20,
            HealthFleet.DEFAULT_SEED,
            new SimulatorSettings(defaults.readingsPerSecond(), episodesPerHour),
            format);
  }

  @Override
  public SimulatedFleet fleet() {
    return fleet;
  }

  @Override
  public TelemetryMonitor newMonitor() {
    return new VitalsMonitor(format);
  }
}
