package io.qgate.industrial.infrastructure;

import io.qgate.industrial.application.MetricsMonitor;
import io.qgate.industrial.application.PlantFleet;
import io.qgate.platform.domain.telemetry.DomainTelemetry;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plant's part of the telemetry pipeline: {@code qgate.fleet.industrial.tags} PLC tags (default
 * 1,000, ten a PLC, a payload a second per PLC), and a {@link MetricsMonitor} of the same PLCs per
 * consuming thread.
 */
@ApplicationScoped
public class PlantTelemetry implements DomainTelemetry {

  static final long SEED = 62443L;

  @Inject
  @ConfigProperty(name = "qgate.fleet.industrial.tags", defaultValue = "1000")
  int tags;

  private PlantFleet fleet;

  @PostConstruct
  void build() {
    fleet = new PlantFleet(tags, SEED);
  }

  @Override
  public SimulatedFleet fleet() {
    return fleet;
  }

  @Override
  public TelemetryMonitor newMonitor() {
    return new MetricsMonitor(fleet.directory());
  }
}
