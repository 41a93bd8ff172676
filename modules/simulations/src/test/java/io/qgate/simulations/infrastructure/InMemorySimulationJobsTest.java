package io.qgate.simulations.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.simulations.domain.KeyRateSweepParameters;
import io.qgate.simulations.domain.KeyRateSweepResult;
import io.qgate.simulations.domain.SimulationJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InMemorySimulationJobsTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  private SimulationJob job(String by) {
    return new SimulationJob(
        UUID.randomUUID(),
        new KeyRateSweepParameters(List.of("bb84"), 0, 1, 2, 1e9),
        by,
        now.get());
  }

  private void finish(SimulationJob job) {
    job.start(now.get());
    job.succeed(new KeyRateSweepResult(List.of()), now.get());
  }

  @Test
  void finishedJobsGoAfterTheRetentionUnfinishedOnesStay() {
    InMemorySimulationJobs jobs = new InMemorySimulationJobs(clock, Duration.ofHours(1), 50);
    SimulationJob done = job("adam");
    SimulationJob waiting = job("adam");
    jobs.add(done);
    jobs.add(waiting);
    finish(done);
    now.set(now.get().plus(Duration.ofMinutes(59)));
    assertThat(jobs.find(done.id())).isPresent();
    now.set(now.get().plus(Duration.ofMinutes(2)));
    assertThat(jobs.find(done.id())).isEmpty();
    assertThat(jobs.find(waiting.id())).contains(waiting);
  }

  @Test
  void onlyTheNewestFinishedJobsAreKept() {
    InMemorySimulationJobs jobs = new InMemorySimulationJobs(clock, Duration.ofHours(1), 3);
    SimulationJob running = job("adam");
    jobs.add(running);
    running.start(now.get());
    SimulationJob first = null;
    for (int i = 0; i < 5; i++) {
      now.set(now.get().plusSeconds(1));
      SimulationJob job = job("adam");
      jobs.add(job);
      finish(job);
      if (i == 0) {
        first = job;
      }
    }
    now.set(now.get().plusSeconds(1));
    assertThat(jobs.recentBy("adam", 100)).hasSize(4).contains(running).doesNotContain(first);
  }
}
