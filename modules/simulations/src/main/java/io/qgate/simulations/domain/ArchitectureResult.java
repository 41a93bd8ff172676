package io.qgate.simulations.domain;

import java.util.List;
import java.util.Map;

/**
 * Architecture runs: for each architecture requested, the document {@code ./qgate sim network
 * --format json} prints for the same inputs (rekeys served, latency percentiles, the node failure,
 * per-tier supply and demand, energy and cost, the served share per time bin, timing), as plain
 * maps, lists, strings, numbers and booleans.
 */
public record ArchitectureResult(List<Map<String, Object>> runs) implements SimulationResult {

  public ArchitectureResult {
    runs = List.copyOf(runs);
  }
}
