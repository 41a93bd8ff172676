package io.qgate.qkd.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.information.ShannonEntropy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** QBER thresholds and bounds, each found from its rate function, not written as a constant. */
class ThresholdsTest {

  @Test
  @DisplayName("Shor–Preskill, PRL 85 441 (2000): 1 − 2h(Q) vanishes at Q ≈ 11.0%")
  void shorPreskill() {
    assertThat(ShorPreskill.threshold()).isCloseTo(0.110, within(0.0005));
    assertThat(ShorPreskill.rate(0)).isEqualTo(1);
  }

  @Test
  @DisplayName("Intercept-resend on a fraction p of pulses causes QBER p/4 (BB84 1984)")
  void interceptResend() {
    assertThat(InterceptResend.qber(1)).isEqualTo(0.25);
    assertThat(InterceptResend.qber(0.4)).isCloseTo(0.1, within(1e-15));
    // Full intercept-resend is far above the Shor–Preskill threshold: it cannot go unnoticed.
    assertThat(InterceptResend.qber(1)).isGreaterThan(ShorPreskill.threshold());
  }

  @Test
  @DisplayName("Acín et al., PRL 98 230501 (2007): DI rate with S = 2√2(1−2Q) vanishes at Q ≈ 7.1%")
  void deviceIndependent() {
    assertThat(ChshDeviceIndependent.threshold()).isCloseTo(0.071, within(0.001));
    assertThat(ChshDeviceIndependent.chsh(1)).isCloseTo(2 * Math.sqrt(2), within(1e-15));
    assertThat(ChshDeviceIndependent.qber(0.9)).isCloseTo(0.05, within(1e-15));
    assertThat(ChshDeviceIndependent.rate(0.1, 2.0, 1)).isNegative();
  }

  @Test
  @DisplayName(
      "SARG04 single photons (Branciard et al., PRA 72 032301 (2005)): 10.95% with noisy preprocessing")
  void sarg04() {
    assertThat(Sarg04SinglePhoton.threshold()).isCloseTo(0.0969, within(0.0005));
    assertThat(Sarg04SinglePhoton.thresholdWithNoisyPreprocessing())
        .isCloseTo(0.1095, within(0.0005));
    // The phase error of the worst-case state is 3e/2: H(λ) − h(e) exceeds h(e) of BB84.
    assertThat(Sarg04SinglePhoton.eveInformation(0.05)).isGreaterThan(ShannonEntropy.binary(0.05));
  }

  @Test
  @DisplayName("Kraus, Gisin, Renner 2005: the same preprocessing formula gives BB84 its 12.4%")
  void preprocessingFormulaReproducesBb84() {
    // BB84 under the worst collective attack has independent bit and phase errors: λ = ((1−e)²,
    // e(1−e) | e(1−e), e²).
    double threshold =
        QberThreshold.of(
            e -> {
              double best = Double.NEGATIVE_INFINITY;
              for (int i = 0; i < 500; i++) {
                double p = i / 1000.0;
                best =
                    Math.max(
                        best,
                        Sarg04SinglePhoton.block((1 - e) * (1 - e), e * (1 - e), p)
                            + Sarg04SinglePhoton.block(e * (1 - e), e * e, p)
                            - ShannonEntropy.binary(e + p - 2 * p * e));
              }
              return best;
            },
            0.05,
            0.2);
    assertThat(threshold).isCloseTo(0.124, within(0.001));
  }

  @Test
  @DisplayName(
      "PLOB, Nat. Commun. 8 15043 (2017): −log2(1−η); η = 1/2 gives 1 bit, η = 3/4 gives 2")
  void plob() {
    assertThat(PlobBound.perPulse(0.5)).isCloseTo(1, within(1e-15));
    assertThat(PlobBound.perPulse(0.75)).isCloseTo(2, within(1e-15));
    assertThat(PlobBound.perPulse(1e-6)).isCloseTo(1e-6 / Math.log(2), within(1e-12));
    assertThat(PlobBound.perPulse(0)).isZero();
  }
}
