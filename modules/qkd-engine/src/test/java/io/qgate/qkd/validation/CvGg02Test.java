package io.qgate.qkd.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.channel.FibreChannel;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.CvGg02;
import io.qgate.qkd.protocol.KeyRate;
import io.qgate.qkd.protocol.PlobBound;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lodewyck et al., PRA 76 042305 (2007): GG02 with homodyne detection and reverse reconciliation.
 */
class CvGg02Test {

  private static final CvGg02 IDEAL = new CvGg02(0, 0, 1, 1);

  @ParameterizedTest
  @ValueSource(doubles = {0.9, 0.5, 0.1, 0.01})
  @DisplayName("ideal system (V_A → ∞, ε = v_el = 0, η = β = 1): K → ½·log2(1/(1−T)), half of PLOB")
  void idealLimit(double t) {
    double limit = 0.5 * Math.log(1 / (1 - t)) / Math.log(2);
    assertThat(IDEAL.evaluate(t, 1e6).ratePerPulse())
        .isCloseTo(limit, within(2e-5 * Math.max(1, limit)));
    assertThat(IDEAL.evaluate(t, 1e6).ratePerPulse()).isLessThan(PlobBound.perPulse(t));
  }

  @Test
  @DisplayName("I_AB = ½·log2((V + χ_tot)/(1 + χ_tot)) is the Shannon capacity ½·log2(1 + SNR)")
  void mutualInformationIsGaussianCapacity() {
    KeyRate rate = CvGg02.lodewyck2007().evaluate(0.3, 18.5);
    double t = 0.3;
    double eta = 0.606;
    double noiseAtBob = 1 + eta * t * 0.005 + 0.041; // shot noise + excess noise + electronic noise
    double snr = eta * t * 18.5 / noiseAtBob;
    assertThat(rate.details().get("mutualInformation"))
        .isCloseTo(0.5 * Math.log(1 + snr) / Math.log(2), within(1e-12));
  }

  @Test
  @DisplayName("Lodewyck et al. 2007 system (ε 0.005, v_el 0.041, η 0.606, β 0.898): key at 25 km")
  void lodewyckSystemDistilsKeyAt25Km() {
    double t = new FibreChannel(0.2, 25).transmittance();
    KeyRateOptimiser.Optimum optimum = KeyRateOptimiser.optimise(CvGg02.lodewyck2007(), t);
    assertThat(optimum.keyRate().ratePerPulse()).isPositive().isLessThan(PlobBound.perPulse(t));
    assertThat(optimum.keyRate().details().get("holevoBound"))
        .isLessThan(optimum.keyRate().details().get("mutualInformation"));
    // Excess noise at the input that Bob cannot tell from Eve's ends the key.
    assertThat(new CvGg02(0.2, 0.041, 0.606, 0.898).evaluate(t, 18.5).ratePerPulse()).isZero();
  }
}
