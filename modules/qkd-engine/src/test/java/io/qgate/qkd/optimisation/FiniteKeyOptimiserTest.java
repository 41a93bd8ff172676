package io.qgate.qkd.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.channel.FibreChannel;
import io.qgate.qkd.finitekey.FibreLinkModel;
import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.GllpBb84;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The finite-size optimisers on the GYS link (Ma et al. 2005) with the session's ε. */
class FiniteKeyOptimiserTest {

  private static final SecurityParameters EPS = new SecurityParameters(1e-10, 1e-15);
  private static final double F = DvSystem.GYS.ecEfficiency();

  static FibreLinkModel gys(double km) {
    return FibreLinkModel.of(DvSystem.GYS, new FibreChannel(0.21, km).transmittance());
  }

  static double defaultDecoyRate(FibreLinkModel link, double keyBits) {
    double r =
        DecoyFiniteKeyOptimiser.objective(
            link, F, keyBits, EPS, 0, DecoyFiniteKeyOptimiser.DEFAULTS);
    return Math.max(0, r);
  }

  static double asymptoticMu(double km) {
    double t = new FibreChannel(0.21, km).transmittance();
    return KeyRateOptimiser.optimise(new GllpBb84(DvSystem.GYS), t).settings()[0];
  }

  @Property(tries = 25)
  @Label("decoy BB84: the optimised expected finite key per pulse is never below the defaults'")
  void decoyNeverWorseThanDefaults(
      @ForAll @DoubleRange(min = 0, max = 160) double km,
      @ForAll @IntRange(min = 4, max = 8) int log10KeyBits) {
    FibreLinkModel link = gys(km);
    double keyBits = Math.pow(10, log10KeyBits);
    double optimised = DecoyFiniteKeyOptimiser.optimise(link, F, keyBits, EPS).ratePerPulse();
    assertThat(optimised).isGreaterThanOrEqualTo(defaultDecoyRate(link, keyBits));
  }

  @Property(tries = 25)
  @Label("BB84: the optimised μ and sample fraction never give less key than the defaults")
  void bb84NeverWorseThanDefaults(
      @ForAll @DoubleRange(min = 0, max = 60) double km,
      @ForAll @IntRange(min = 4, max = 7) int log10SiftedBits) {
    FibreLinkModel link = gys(km);
    int sifted = (int) Math.pow(10, log10SiftedBits);
    double mu = asymptoticMu(km);
    double fixed =
        Math.max(
            0,
            Bb84FiniteKeyOptimiser.objective(
                link, F, sifted, EPS, mu, Bb84FiniteKeyOptimiser.DEFAULT_SAMPLE_FRACTION));
    Bb84FiniteKeyOptimiser.Optimum optimum =
        Bb84FiniteKeyOptimiser.optimise(
            link,
            F,
            sifted,
            EPS,
            mu,
            Bb84FiniteKeyOptimiser.DEFAULT_SAMPLE_FRACTION,
            new boolean[2]);
    assertThat(optimum.ratePerPulse()).isGreaterThanOrEqualTo(fixed);
  }

  @Test
  void decoyRegressionAt25KmWithMillionBitBlocks() {
    FibreLinkModel link = gys(25);
    DecoyFiniteKeyOptimiser.Optimum optimum = DecoyFiniteKeyOptimiser.optimise(link, F, 1e6, EPS);
    DecoyFiniteKeyOptimiser.Parameters p = optimum.parameters();
    // Regression values of this model (GYS, ε_sec 1e-10, ε_cor 1e-15, f 1.22, μ3 = 0).
    assertThat(optimum.ratePerPulse()).isCloseTo(2.607e-4, within(0.005e-4));
    assertThat(p.mu1()).isCloseTo(0.318, within(0.01));
    assertThat(p.mu2()).isCloseTo(0.143, within(0.01));
    assertThat(p.p1()).isCloseTo(0.367, within(0.02));
    assertThat(p.p2()).isCloseTo(0.432, within(0.02));
    assertThat(p.keyBasisProbability()).isCloseTo(0.751, within(0.01));
    // 23% above the fixed defaults μ 0.4, ν 0.15, 0.5/0.3/0.2, q_x 0.7 (2.122e-4).
    assertThat(defaultDecoyRate(link, 1e6)).isCloseTo(2.122e-4, within(0.005e-4));
  }

  @Test
  void bb84RegressionAt25KmWithMillionBitBlocks() {
    Bb84FiniteKeyOptimiser.Optimum optimum =
        Bb84FiniteKeyOptimiser.optimise(
            gys(25), F, 1_000_000, EPS, asymptoticMu(25), 0.1, new boolean[2]);
    assertThat(optimum.ratePerPulse()).isCloseTo(6.36e-6, within(0.02e-6));
    assertThat(optimum.mu()).isCloseTo(0.0069, within(0.0005));
    assertThat(optimum.sampleFraction()).isCloseTo(0.129, within(0.01));
  }

  @Test
  void pinnedParametersStayPinned() {
    DecoyFiniteKeyOptimiser.Parameters start =
        new DecoyFiniteKeyOptimiser.Parameters(0.5, 0.1, 0.5, 0.3, 0.7);
    DecoyFiniteKeyOptimiser.Parameters p =
        DecoyFiniteKeyOptimiser.optimise(
                gys(25), F, 1e6, EPS, 0, start, new boolean[] {true, false, true, true, false})
            .parameters();
    assertThat(p.mu1()).isEqualTo(0.5);
    assertThat(p.p1()).isEqualTo(0.5);
    assertThat(p.p2()).isEqualTo(0.3);
  }
}
