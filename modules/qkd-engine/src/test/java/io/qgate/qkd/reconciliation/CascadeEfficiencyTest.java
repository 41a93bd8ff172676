package io.qgate.qkd.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Efficiency f = disclosed / (n·h(QBER)) against the literature. Martinez-Mateo et al.,
 * "Demystifying the information reconciliation protocol Cascade", QIC 15 (2015) 453, Figs. 1–2, as
 * reproduced by B. Rijsman's cascade-cpp (study/data/papers, original, QBER 2%): f = 1.150–1.164
 * for n ≈ 10^4 and 1.155–1.161 for n ≈ 10^5 (3 frames per point). Fixed seeds: the tests are
 * deterministic; the bands are several standard errors wide.
 */
class CascadeEfficiencyTest {

  private static CascadeStatistics simulate(CascadeVariant variant, int n, int runs) {
    return CascadeSimulation.run(new Cascade(variant, 11), n, 0.02, runs, 2024);
  }

  @Test
  void originalCascadeAtTwoPercentMatchesTheReproducedFigure() {
    CascadeStatistics small = simulate(CascadeVariant.ORIGINAL, 10_000, 300);
    CascadeStatistics large = simulate(CascadeVariant.ORIGINAL, 100_000, 20);

    assertThat(small.meanEfficiency()).isBetween(1.14, 1.18);
    assertThat(large.meanEfficiency()).isBetween(1.145, 1.17);
    // Brassard–Salvail's four passes leave almost no frame uncorrected at this QBER.
    assertThat(small.frameErrorRate()).isLessThanOrEqualTo(0.01);
    assertThat(large.frameErrorRate()).isLessThanOrEqualTo(0.05);
  }

  @Test
  void yanScheduleReachesTheTargetEfficiency() {
    // Yan et al. 2008 block sizes ("Cascade opt. (2)" in Martinez-Mateo et al. 2015): f ≤ 1.10.
    CascadeStatistics small = simulate(CascadeVariant.YAN, 10_000, 300);
    CascadeStatistics large = simulate(CascadeVariant.YAN, 100_000, 20);

    assertThat(small.meanEfficiency()).isLessThanOrEqualTo(1.10);
    assertThat(large.meanEfficiency()).isLessThanOrEqualTo(1.08);
    assertThat(small.frameErrorRate()).isLessThanOrEqualTo(0.02);
    assertThat(large.frameErrorRate()).isLessThanOrEqualTo(0.05);
  }

  @Test
  void optimizedScheduleBeatsTheOriginalOnLongFrames() {
    CascadeStatistics optimized = simulate(CascadeVariant.OPTIMIZED, 100_000, 20);

    assertThat(optimized.meanEfficiency()).isLessThanOrEqualTo(1.10);
    assertThat(optimized.frameErrorRate()).isLessThanOrEqualTo(0.05);
  }

  @Test
  void originalCascadeAtOneAndFivePercentMatchesTheReproducedFigures() {
    // cascade-cpp, original: f = 1.131–1.151 at QBER 1% and 1.181–1.188 at 5%, n = 1.0–1.8·10^4.
    Cascade original = new Cascade(CascadeVariant.ORIGINAL, 3);
    CascadeStatistics onePercent = CascadeSimulation.run(original, 15_000, 0.01, 200, 1);
    CascadeStatistics fivePercent = CascadeSimulation.run(original, 15_000, 0.05, 100, 1);

    assertThat(onePercent.meanEfficiency()).isBetween(1.12, 1.165);
    assertThat(fivePercent.meanEfficiency()).isBetween(1.16, 1.21);
    assertThat(fivePercent.frameErrorRate()).isLessThanOrEqualTo(0.05);
  }
}
