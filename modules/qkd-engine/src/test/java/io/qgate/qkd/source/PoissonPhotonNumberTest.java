package io.qgate.qkd.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PoissonPhotonNumberTest {

  @Test
  @DisplayName("P(n|μ) = e^-μ μ^n / n! sums to 1 (Lo, Ma, Chen 2005)")
  void probabilitiesSumToOneWithMeanMu() {
    PoissonPhotonNumber source = new PoissonPhotonNumber(0.48);
    double total = 0;
    double mean = 0;
    for (int n = 0; n < 40; n++) {
      total += source.probability(n);
      mean += n * source.probability(n);
    }
    assertThat(total).isCloseTo(1, within(1e-12));
    assertThat(mean).isCloseTo(0.48, within(1e-12));
    assertThat(source.probability(2)).isCloseTo(Math.exp(-0.48) * 0.48 * 0.48 / 2, within(1e-15));
  }

  @Test
  void multiPhotonProbabilityIsOneMinusVacuumAndSingle() {
    PoissonPhotonNumber source = new PoissonPhotonNumber(0.1);
    assertThat(source.multiPhotonProbability())
        .isCloseTo(1 - source.probability(0) - source.probability(1), within(1e-15));
    assertThat(new PoissonPhotonNumber(1e-9).multiPhotonProbability())
        .isCloseTo(5e-19, within(1e-21));
  }

  @Test
  void sampledPhotonNumbersAreExplicitAndPoissonian() {
    PoissonPhotonNumber source = new PoissonPhotonNumber(0.5);
    SplittableRandom random = new SplittableRandom(7);
    int n = 200_000;
    int multi = 0;
    long sum = 0;
    for (int i = 0; i < n; i++) {
      int photons = source.sample(random);
      sum += photons;
      multi += photons >= 2 ? 1 : 0;
    }
    assertThat(sum / (double) n).isCloseTo(0.5, within(0.01));
    assertThat(multi / (double) n).isCloseTo(source.multiPhotonProbability(), within(0.003));
  }

  @Test
  void decoyIntensitiesAreOrdered() {
    assertThatThrownBy(() -> new DecoyIntensities(0.1, 0.2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PoissonPhotonNumber(-1))
        .isInstanceOf(IllegalArgumentException.class);
    WeakCoherentSource source = new WeakCoherentSource(new DecoyIntensities(0.5, 0.1), 0.8, 0.1);
    SplittableRandom random = new SplittableRandom(3);
    int vacuumPhotons = 0;
    int vacuum = 0;
    for (int i = 0; i < 10_000; i++) {
      Pulse pulse = source.emit(random);
      if (pulse.intensity() == Pulse.Intensity.VACUUM) {
        vacuum++;
        vacuumPhotons += pulse.photons();
      }
    }
    assertThat(vacuumPhotons).isZero();
    assertThat(vacuum / 10_000.0).isCloseTo(0.1, within(0.02));
  }
}
