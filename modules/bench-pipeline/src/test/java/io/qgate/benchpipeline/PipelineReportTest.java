package io.qgate.benchpipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.devstack.bench.LatencySummary;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineReportTest {

  private static ModeOutcome outcome(
      PipelineMode mode, double checkedRate, double cores, LatencySummary latency) {
    Map<Stage, Double> used = new EnumMap<>(Stage.class);
    used.put(Stage.PRODUCE, cores / 2);
    used.put(Stage.CONSUME, cores / 2);
    return new ModeOutcome(
        mode,
        60_000,
        20,
        60_000,
        checkedRate,
        latency,
        1_800_000,
        1_800_000,
        0,
        1_799_000,
        0,
        0,
        0,
        0,
        true,
        used,
        0.5,
        null);
  }

  private static final LatencySummary SOME =
      new LatencySummary(100, 5_000_000, 4_000_000, 8_000_000, 12_000_000, 20_000_000, 30_000_000);

  @Test
  void encryptionCostIsOneMinusTheRatioOfCheckedRates() {
    List<ModeOutcome> both =
        List.of(
            outcome(PipelineMode.ENCRYPTED, 45_000, 1.8, SOME),
            outcome(PipelineMode.PLAIN, 50_000, 1.5, SOME));

    assertThat(PipelineReport.throughputCost(both).orElseThrow()).isCloseTo(0.1, within(1e-12));
    assertThat(PipelineReport.throughputCost(both.subList(0, 1))).isEmpty();
  }

  @Test
  void withSeveralRoundsTheLastOfEachModeCounts() {
    List<ModeOutcome> rounds =
        List.of(
            outcome(PipelineMode.ENCRYPTED, 10_000, 1.8, SOME),
            outcome(PipelineMode.PLAIN, 50_000, 1.5, SOME),
            outcome(PipelineMode.ENCRYPTED, 40_000, 1.8, SOME),
            outcome(PipelineMode.PLAIN, 50_000, 1.5, SOME));

    assertThat(PipelineReport.throughputCost(rounds).orElseThrow()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void cpuPerFrameIsTheProcessCoresOverTheCheckedRate() {
    assertThat(PipelineReport.microsPerFrame(outcome(PipelineMode.PLAIN, 50_000, 1.5, SOME)))
        .isCloseTo(30.0, within(1e-9));
    assertThat(PipelineReport.microsPerFrame(outcome(PipelineMode.PLAIN, 0, 1.5, SOME))).isNaN();
  }

  @Test
  void theModeLineShowsLatencyInMillisecondsOrSaysThereWasNone() {
    assertThat(PipelineReport.modeLine(outcome(PipelineMode.ENCRYPTED, 59_990, 1.8, SOME)))
        .startsWith("encrypted     59,990 frames/s checked (sent 60,000/s)")
        .contains("p50 4.0", "p99 12.0", "max 30.0 ms");
    assertThat(
            PipelineReport.modeLine(
                outcome(PipelineMode.PLAIN, 100, 1.0, new LatencySummary(0, 0, 0, 0, 0, 0, 0))))
        .contains("latency: no frame due in the window was sent and checked");
  }

  @Test
  void aModeBelowTheOfferedRateIsFlaggedAndLostFramesAreCounted() {
    ModeOutcome slow = outcome(PipelineMode.ENCRYPTED, 30_000, 1.8, SOME);

    assertThat(slow.keptUp()).isFalse();
    assertThat(slow.lost()).isEqualTo(1_000);
    assertThat(outcome(PipelineMode.PLAIN, 59_500, 1.5, SOME).keptUp()).isTrue();
  }
}
