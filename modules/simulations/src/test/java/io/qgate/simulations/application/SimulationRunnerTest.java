package io.qgate.simulations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.UnavailableException;
import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Role;
import io.qgate.simulations.domain.KeyRateSweepParameters;
import io.qgate.simulations.domain.KeyRateSweepResult;
import io.qgate.simulations.domain.SimulationJob;
import io.qgate.simulations.domain.SimulationKind;
import io.qgate.simulations.domain.SimulationParameters;
import io.qgate.simulations.domain.SimulationResult;
import io.qgate.simulations.domain.SimulationState;
import io.qgate.simulations.domain.Simulator;
import io.qgate.simulations.infrastructure.InMemorySimulationJobs;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulationRunnerTest {

  private static final SimulationParameters SMALL =
      new KeyRateSweepParameters(List.of("bb84"), 0, 10, 11, 1e9);
  private static final Operator ADAM =
      new Operator("adam", Set.of(Role.PLATFORM_ADMIN), Set.of(Tenant.UTILITY));
  private static final Operator GRACE =
      new Operator("grace", Set.of(Role.GRID_OPERATOR), Set.of(Tenant.UTILITY));
  private static final Operator HOLLY =
      new Operator("holly", Set.of(Role.HOSPITAL_OPERATOR), Set.of(Tenant.HOSPITAL));

  /**
   * Ten steps; each waits for a permit from the test (when gated), so the test decides when the
   * simulator moves on.
   */
  static final class SteppedSimulator implements Simulator {
    final Semaphore permits = new Semaphore(0);
    final boolean gated;
    final AtomicInteger stepsRun = new AtomicInteger();
    volatile RuntimeException failAtStep5;

    SteppedSimulator(boolean gated) {
      this.gated = gated;
    }

    @Override
    public SimulationKind kind() {
      return SimulationKind.KEY_RATE_SWEEP;
    }

    @Override
    public SimulationResult run(SimulationParameters parameters, Progress progress) {
      for (int step = 0; step < 10; step++) {
        progress.report(step / 10.0, "step " + step);
        if (gated) {
          try {
            if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
              throw new IllegalStateException("test never released step " + step);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        }
        if (step == 5 && failAtStep5 != null) {
          throw failAtStep5;
        }
        stepsRun.incrementAndGet();
      }
      progress.report(1, "done");
      return new KeyRateSweepResult(List.of());
    }
  }

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Runnable> executed = new ArrayList<>();

  private SimulationRunner runner(Simulator simulator, int maxQueued) {
    SimulationExecutor executor =
        task -> {
          executed.add(task);
          threads.execute(task);
        };
    return new SimulationRunner(
        executor,
        List.of(simulator),
        new InMemorySimulationJobs(Clock.systemUTC(), Duration.ofHours(1), 50),
        Clock.systemUTC(),
        maxQueued);
  }

  @AfterEach
  void stop() throws InterruptedException {
    // Every test releases its simulator's steps: let the last run end rather than interrupt it.
    threads.shutdown();
    if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
      threads.shutdownNow();
    }
  }

  @Test
  void progressRisesMonotonicallyToOneAndTheJobSucceeds() {
    SteppedSimulator simulator = new SteppedSimulator(true);
    SimulationRunner runner = runner(simulator, 8);
    SimulationJob job = runner.submit(SMALL, "adam");
    List<Double> seen = new ArrayList<>();
    seen.add(job.snapshot().progress());
    for (int step = 0; step < 10; step++) {
      int done = step;
      await().atMost(Duration.ofSeconds(10)).until(() -> simulator.stepsRun.get() >= done);
      seen.add(job.snapshot().progress());
      simulator.permits.release();
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> job.state().finished());
    seen.add(job.snapshot().progress());
    assertThat(job.state()).isEqualTo(SimulationState.SUCCEEDED);
    assertThat(seen).isSorted().endsWith(1.0);
    assertThat(seen.stream().distinct().count()).isGreaterThan(5);
    assertThat(job.snapshot().startedAt()).isNotNull();
    assertThat(job.snapshot().finishedAt()).isAfterOrEqualTo(job.snapshot().startedAt());
    assertThat(job.snapshot().result()).isNotNull();
  }

  @Test
  void oneJobRunsAtATimeAndCancellingStopsItBetweenSteps() {
    SteppedSimulator simulator = new SteppedSimulator(true);
    SimulationRunner runner = runner(simulator, 8);
    SimulationJob first = runner.submit(SMALL, "grace");
    SimulationJob second = runner.submit(SMALL, "grace");
    simulator.permits.release(3);
    await().atMost(Duration.ofSeconds(10)).until(() -> simulator.stepsRun.get() == 3);
    assertThat(first.state()).isEqualTo(SimulationState.RUNNING);
    assertThat(second.state()).isEqualTo(SimulationState.QUEUED);
    assertThat(runner.queued()).isEqualTo(1);

    runner.cancel(first.id(), GRACE);
    assertThat(first.state()).isEqualTo(SimulationState.CANCELLED);
    double progressAtCancel = first.snapshot().progress();
    simulator.permits.release(); // step 3 ends; the report before step 4 stops the run
    await().atMost(Duration.ofSeconds(10)).until(() -> second.state() == SimulationState.RUNNING);
    assertThat(simulator.stepsRun.get()).isEqualTo(4);
    assertThat(first.snapshot().progress()).isEqualTo(progressAtCancel);
    assertThat(first.snapshot().result()).isNull();

    simulator.permits.release(10);
    await().atMost(Duration.ofSeconds(10)).until(() -> second.state().finished());
    assertThat(second.state()).isEqualTo(SimulationState.SUCCEEDED);
    assertThat(first.state()).isEqualTo(SimulationState.CANCELLED);
    assertThat(executed).hasSize(1);
  }

  @Test
  void aFullQueueRefusesWith503AndACancelledQueuedJobFreesItsPlace() {
    SteppedSimulator simulator = new SteppedSimulator(true);
    SimulationRunner runner = runner(simulator, 2);
    SimulationJob running = runner.submit(SMALL, "adam");
    await().atMost(Duration.ofSeconds(10)).until(() -> running.state() == SimulationState.RUNNING);
    SimulationJob queued = runner.submit(SMALL, "adam");
    runner.submit(SMALL, "adam");
    assertThatThrownBy(() -> runner.submit(SMALL, "adam"))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("queue is full");

    runner.cancel(queued.id(), ADAM);
    assertThat(queued.state()).isEqualTo(SimulationState.CANCELLED);
    SimulationJob next = runner.submit(SMALL, "adam");
    assertThat(next.state()).isEqualTo(SimulationState.QUEUED);
    simulator.permits.release(100);
    await().atMost(Duration.ofSeconds(10)).until(() -> next.state().finished());
    assertThat(queued.snapshot().startedAt()).isNull();
  }

  @Test
  void aFailureIsCapturedAsOneLineWithoutAStackTraceAndTheNextJobStillRuns() {
    SteppedSimulator simulator = new SteppedSimulator(false);
    simulator.failAtStep5 =
        new IllegalStateException("pool exhausted\n\tat io.qgate.Somewhere.line(Somewhere.java:1)");
    SimulationRunner runner = runner(simulator, 8);
    // The runner logs the failure with its stack trace; this test needs no such noise.
    Logger log = Logger.getLogger(SimulationRunner.class.getName());
    Level level = log.getLevel();
    log.setLevel(Level.OFF);
    SimulationJob failing;
    try {
      failing = runner.submit(SMALL, "adam");
      SimulationJob submitted = failing;
      await().atMost(Duration.ofSeconds(10)).until(() -> submitted.state().finished());
    } finally {
      log.setLevel(level);
    }
    assertThat(failing.state()).isEqualTo(SimulationState.FAILED);
    assertThat(failing.snapshot().error()).isEqualTo("IllegalStateException: pool exhausted");
    assertThat(failing.snapshot().result()).isNull();
    assertThat(failing.snapshot().progress()).isLessThan(1);

    simulator.failAtStep5 = null;
    SimulationJob next = runner.submit(SMALL, "adam");
    await().atMost(Duration.ofSeconds(10)).until(() -> next.state().finished());
    assertThat(next.state()).isEqualTo(SimulationState.SUCCEEDED);
    assertThat(SimulationRunner.reason(new IllegalArgumentException("--devices must be > 0")))
        .isEqualTo("--devices must be > 0");
    assertThat(SimulationRunner.reason(new NullPointerException()))
        .isEqualTo("NullPointerException");
  }

  @Test
  void onlyTheRequesterOrAPlatformAdminCancels() {
    SteppedSimulator simulator = new SteppedSimulator(true);
    SimulationRunner runner = runner(simulator, 8);
    SimulationJob mine = runner.submit(SMALL, "grace");
    assertThatThrownBy(() -> runner.cancel(mine.id(), HOLLY))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("holly may not cancel");
    assertThat(mine.state()).isNotEqualTo(SimulationState.CANCELLED);
    runner.cancel(mine.id(), ADAM);
    assertThat(mine.state()).isEqualTo(SimulationState.CANCELLED);
    simulator.permits.release(100);
    assertThatThrownBy(() -> runner.cancel(UUID.randomUUID(), ADAM))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listsShowTheCallersJobsNewestFirst() throws InterruptedException {
    SteppedSimulator simulator = new SteppedSimulator(false);
    SimulationRunner runner = runner(simulator, 8);
    SimulationJob a = runner.submit(SMALL, "grace");
    Thread.sleep(2);
    runner.submit(SMALL, "holly");
    Thread.sleep(2);
    SimulationJob c = runner.submit(SMALL, "grace");
    assertThat(runner.recentBy("grace", 10)).containsExactly(c, a);
    assertThat(runner.recentBy("grace", 1)).containsExactly(c);
    assertThat(runner.recentBy("audrey", 10)).isEmpty();
  }
}
