package io.qgate.platform.domain.telemetry;

/**
 * What a domain module (grid, health, industrial) contributes to the telemetry pipeline, as one CDI
 * bean: its simulated fleet, which the edge gateway drives, and its consumer logic, one monitor per
 * consuming thread.
 */
public interface DomainTelemetry {

  SimulatedFleet fleet();

  /** A fresh monitor of the fleet's topic; monitors keep per-device state, so never share one. */
  TelemetryMonitor newMonitor();
}
