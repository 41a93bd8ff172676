package io.qgate.simulations.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The jobs of this instance. Kept in memory only: a restart loses them (they are recomputable), and
 * finished jobs are dropped after a retention period or beyond a count. Queued and running jobs are
 * never dropped.
 */
public interface SimulationJobs {

  void add(SimulationJob job);

  Optional<SimulationJob> find(UUID id);

  /** The jobs {@code requestedBy} asked for, newest first, at most {@code limit}. */
  List<SimulationJob> recentBy(String requestedBy, int limit);
}
