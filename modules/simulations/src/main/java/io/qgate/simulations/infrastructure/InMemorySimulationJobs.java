package io.qgate.simulations.infrastructure;

import io.qgate.simulations.domain.SimulationJob;
import io.qgate.simulations.domain.SimulationJobs;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs in this instance's memory: a restart loses them, and another instance behind the same load
 * balancer does not see them. A finished job is kept for {@link #RETENTION} after it finished, and
 * of the finished jobs only the newest {@link #MAX_FINISHED}; queued and running jobs always stay.
 */
@ApplicationScoped
public class InMemorySimulationJobs implements SimulationJobs {

  public static final Duration RETENTION = Duration.ofHours(1);
  public static final int MAX_FINISHED = 50;

  private final Map<UUID, SimulationJob> jobs = new LinkedHashMap<>();
  private final Clock clock;
  private final Duration retention;
  private final int maxFinished;

  public InMemorySimulationJobs() {
    this(Clock.systemUTC(), RETENTION, MAX_FINISHED);
  }

  public InMemorySimulationJobs(Clock clock, Duration retention, int maxFinished) {
    this.clock = clock;
    this.retention = retention;
    this.maxFinished = maxFinished;
  }

  @Override
  public synchronized void add(SimulationJob job) {
    prune();
    jobs.put(job.id(), job);
  }

  @Override
  public synchronized Optional<SimulationJob> find(UUID id) {
    prune();
    return Optional.ofNullable(jobs.get(id));
  }

  @Override
  public synchronized List<SimulationJob> recentBy(String requestedBy, int limit) {
    prune();
    return jobs.values().stream()
        .filter(job -> job.requestedBy().equals(requestedBy))
        .sorted(Comparator.comparing(SimulationJob::submittedAt).reversed())
        .limit(limit)
        .toList();
  }

  private void prune() {
    Instant cutoff = clock.instant().minus(retention);
    // Each job's finish time read once: a job may finish while this runs.
    record Finished(UUID id, Instant at) {}
    List<Finished> finished = new ArrayList<>();
    for (SimulationJob job : jobs.values()) {
      Instant at = job.finishedAt();
      if (at != null) {
        finished.add(new Finished(job.id(), at));
      }
    }
    finished.sort(Comparator.comparing(Finished::at).reversed());
    for (int i = 0; i < finished.size(); i++) {
      if (i >= maxFinished || finished.get(i).at().isBefore(cutoff)) {
        jobs.remove(finished.get(i).id());
      }
    }
  }
}
