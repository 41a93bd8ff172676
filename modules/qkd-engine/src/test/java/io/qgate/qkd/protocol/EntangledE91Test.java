package io.qgate.qkd.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.detector.ThresholdDetector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntangledE91Test {

  @Test
  @DisplayName("Ma, Fung, Lo, PRA 76 012307 (2007): weak pumping gives Q ≈ ηAηBμ and E ≈ e_d")
  void weakPumpingLimit() {
    EntangledPairYields pairs = new EntangledPairYields(1e-4, 0.1, 0.05, 0, 0, 0.02);
    assertThat(pairs.gain()).isCloseTo(0.1 * 0.05 * 2e-4, within(1e-9));
    assertThat(pairs.qber()).isCloseTo(0.02, within(1e-3));
    // Strong pumping: multi-pair emission makes the coincidences random.
    assertThat(new EntangledPairYields(50, 0.5, 0.5, 0, 0, 0).qber()).isGreaterThan(0.4);
  }

  @Test
  @DisplayName("E91: S = 2√2(1 − 2E) from the data; a visibility below 1/√2 allows no DI key")
  void chshFromTheData() {
    ThresholdDetector detector = new ThresholdDetector(0.5, 1e-7, 0);
    KeyRate perfect = new EntangledE91(detector, 0, 1).evaluate(0.5, 0.01);
    assertThat(perfect.details().get("chsh"))
        .isCloseTo(2 * Math.sqrt(2) * (1 - 2 * perfect.qber()), within(1e-12));
    assertThat(perfect.ratePerPulse()).isPositive();
    KeyRate noisy = new EntangledE91(detector, (1 - 0.7) / 2, 1).evaluate(0.5, 0.01);
    assertThat(noisy.details().get("chsh")).isLessThan(2);
    assertThat(noisy.ratePerPulse()).isZero();
    assertThat(noisy.details().get("bbm92RatePerPulse")).isZero();
  }
}
