package io.qgate.qkd.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.source.PoissonPhotonNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PhotonNumberYieldsTest {

  private final Receiver gys = new Receiver(new ThresholdDetector(0.045, 1.7e-6, 0), 0.033);

  @Test
  @DisplayName("Q_μ = Σ P(n) Y_n and E_μQ_μ = Σ P(n) e_n Y_n (Ma et al. 2005)")
  void closedFormsEqualThePhotonNumberSums() {
    PhotonNumberYields y = gys.yields(Math.pow(10, -0.021 * 50), 0.48);
    PoissonPhotonNumber photons = new PoissonPhotonNumber(0.48);
    double gain = 0;
    double errors = 0;
    for (int n = 0; n < 30; n++) {
      gain += photons.probability(n) * y.yieldOf(n);
      errors += photons.probability(n) * y.errorRate(n) * y.yieldOf(n);
    }
    assertThat(y.gain(0.48)).isCloseTo(gain, within(1e-15));
    assertThat(y.errorGain(0.48)).isCloseTo(errors, within(1e-15));
  }

  @Test
  void singlePhotonErrorRateMixesDarkCountsAndMisalignment() {
    PhotonNumberYields y = gys.yields(1, 0.5);
    assertThat(y.eta()).isEqualTo(0.045);
    assertThat(y.errorRate(1))
        .isCloseTo((0.5 * 1.7e-6 + 0.033 * 0.045) / (1.7e-6 + 0.045), within(1e-15));
    assertThat(y.errorRate(0)).isEqualTo(0.5);
    assertThat(y.qber(0.5)).isBetween(0.033, 0.034);
  }

  @Test
  @DisplayName("afterpulses act as extra dark counts: Y0' = 1 − (1−Y0)(1 − p_ap·Q)")
  void afterpulsingRaisesTheBackground() {
    ThresholdDetector detector = new ThresholdDetector(0.1, 1e-6, 0.02);
    double b = Math.exp(-0.1 * 0.5);
    double q = detector.effectiveDarkCountProbability(b);
    double click = 1 - (1 - q) * b; // steady state: the click probability that drives afterpulses
    assertThat(q).isCloseTo(1 - (1 - 1e-6) * (1 - 0.02 * click), within(1e-15));
    assertThat(new ThresholdDetector(0.1, 1e-6, 0).effectiveDarkCountProbability(b))
        .isEqualTo(1e-6);
    assertThatThrownBy(() -> new ThresholdDetector(1.2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
