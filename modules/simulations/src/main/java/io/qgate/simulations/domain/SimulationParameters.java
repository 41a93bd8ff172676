package io.qgate.simulations.domain;

import java.util.Locale;

/** The validated inputs of one job, with every default filled in. */
public sealed interface SimulationParameters
    permits KeyRateSweepParameters, ArchitectureParameters {

  SimulationKind kind();

  /**
   * Validates a request and fills in its defaults.
   *
   * @throws io.qgate.platform.domain.InvalidInputException naming every field at fault
   */
  static SimulationParameters of(SimulationRequest request) {
    Violations violations = new Violations();
    SimulationKind kind = SimulationKind.KEY_RATE_SWEEP;
    if (request.kind() != null) {
      try {
        kind = SimulationKind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add("kind", "must be KEY_RATE_SWEEP or NETWORK_ARCHITECTURE");
        violations.throwIfAny();
      }
    }
    SimulationParameters parameters =
        switch (kind) {
          case KEY_RATE_SWEEP -> KeyRateSweepParameters.of(request, violations);
          case NETWORK_ARCHITECTURE -> ArchitectureParameters.of(request, violations);
        };
    violations.throwIfAny();
    return parameters;
  }
}
