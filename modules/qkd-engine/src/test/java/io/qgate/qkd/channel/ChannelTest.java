package io.qgate.qkd.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChannelTest {

  @Test
  @DisplayName("fibre: η = 10^(-αL/10), 0.21 dB/km × 100 km = 21 dB (Ma et al. 2005)")
  void fibreTransmittance() {
    assertThat(new FibreChannel(0.21, 100).transmittance())
        .isCloseTo(Math.pow(10, -2.1), within(1e-15));
    assertThat(new FibreChannel(0.2, 0).transmittance()).isEqualTo(1);
    assertThat(new FibreChannel(0.2, 50).lossDb()).isCloseTo(10, within(1e-12));
    assertThatThrownBy(() -> new FibreChannel(0.2, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void freeSpaceLinkWithoutFadingIsItsLossBudget() {
    FreeSpaceChannel link = new FreeSpaceChannel(30, Fading.NONE);
    assertThat(link.transmittance()).isCloseTo(1e-3, within(1e-15));
    assertThat(link.sampleTransmittance(new SplittableRandom(1))).isEqualTo(1e-3);
  }

  @Test
  @DisplayName("log-normal fading keeps the mean transmittance and spreads it")
  void logNormalFadingKeepsTheMean() {
    LogNormalFading fading = new LogNormalFading(0.5);
    assertThat(fading.average(eta -> eta, 1e-3)).isCloseTo(1e-3, within(1e-9));
    double variance = fading.average(eta -> (eta - 1e-3) * (eta - 1e-3), 1e-3);
    assertThat(variance).isCloseTo(1e-6 * (Math.exp(0.25) - 1), within(1e-9));
    FreeSpaceChannel link = new FreeSpaceChannel(30, fading);
    SplittableRandom random = new SplittableRandom(5);
    double sum = 0;
    for (int i = 0; i < 100_000; i++) {
      double eta = link.sampleTransmittance(random);
      assertThat(eta).isBetween(0.0, 1.0);
      sum += eta;
    }
    assertThat(sum / 100_000).isCloseTo(1e-3, within(2e-5));
  }

  @Test
  void fadingAverageNeverTouchesFullTransmission() {
    // −log2(1 − η) diverges at η = 1; the truncated average stays finite.
    double plob = new LogNormalFading(1).average(eta -> -Math.log1p(-eta), 0.5);
    assertThat(plob).isFinite();
  }
}
