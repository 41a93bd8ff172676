package io.qgate.grid.domain;

import java.util.List;
import java.util.Objects;

/**
 * A substation and the PMUs installed in it. All its PMUs measure the same synchronous area, so
 * they share the substation's nominal frequency; alarms name the substation so that operators see
 * where an excursion was measured.
 */
public record Substation(
    String id, String name, NominalFrequency nominalFrequency, List<Pmu> pmus) {

  public Substation {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("substation id must not be blank");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("substation name must not be blank");
    }
    Objects.requireNonNull(nominalFrequency, "nominalFrequency");
    pmus = List.copyOf(pmus);
    for (Pmu pmu : pmus) {
      if (pmu.nominalFrequency() != nominalFrequency) {
        throw new IllegalArgumentException(
            "PMU " + pmu.deviceId() + " is configured for another nominal frequency than " + id);
      }
    }
  }
}
