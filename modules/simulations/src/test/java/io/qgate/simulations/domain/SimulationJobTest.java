package io.qgate.simulations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SimulationJobTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static SimulationJob job() {
    return new SimulationJob(
        UUID.randomUUID(), new KeyRateSweepParameters(List.of("bb84"), 0, 10, 2, 1e9), "adam", T0);
  }

  @Test
  void progressNeverGoesBackAndStaysWithinZeroToOne() {
    SimulationJob job = job();
    assertThat(job.start(T0)).isTrue();
    job.progress(0.5, "half");
    job.progress(0.4, "back?");
    assertThat(job.snapshot().progress()).isEqualTo(0.5);
    assertThat(job.snapshot().phase()).isEqualTo("back?");
    job.progress(7, "over");
    assertThat(job.snapshot().progress()).isEqualTo(1);
  }

  @Test
  void aCancelledJobStopsItsSimulatorAtTheNextStepAndDropsALateResult() {
    SimulationJob job = job();
    job.start(T0);
    assertThat(job.cancel(T0.plusSeconds(1))).isTrue();
    assertThatThrownBy(() -> job.progress(0.6, "next"))
        .isInstanceOf(SimulationCancelledException.class);
    job.succeed(new KeyRateSweepResult(List.of()), T0.plusSeconds(2));
    assertThat(job.snapshot().state()).isEqualTo(SimulationState.CANCELLED);
    assertThat(job.snapshot().result()).isNull();
    assertThat(job.snapshot().finishedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(job.cancel(T0.plusSeconds(3))).isFalse();
  }

  @Test
  void aCancelledQueuedJobNeverStarts() {
    SimulationJob job = job();
    job.cancel(T0);
    assertThat(job.start(T0)).isFalse();
    assertThat(job.snapshot().startedAt()).isNull();
  }
}
