package io.qgate.qkd.eve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.channel.FibreChannel;
import io.qgate.qkd.detector.PhotonNumberYields;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.source.PoissonPhotonNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The attacks' yields Y_n: what each leaves of Bob's statistics and what it changes. */
class EavesdropperTest {

  static Link gys(double km, double mu) {
    double eta = new FibreChannel(0.21, km).transmittance();
    return new Link(eta, 0.045, 1.7e-6, 0.033, mu);
  }

  static double gain(Eavesdropper eve, Link link, double mu) {
    PoissonPhotonNumber poisson = new PoissonPhotonNumber(mu);
    double gain = 0;
    for (int n = 0; n < 40; n++) {
      gain += poisson.probability(n) * eve.yieldOf(n, link);
    }
    return gain;
  }

  @Test
  void honestYieldsAreThoseOfMaEtAl2005() {
    Link link = gys(50, 0.5);
    PhotonNumberYields ma =
        DvSystem.GYS.receiver().yields(link.channelTransmittance(), link.signalIntensity());
    for (int n = 0; n < 6; n++) {
      // Y_n ≈ Y0 + η_n (Ma et al. 2005); exactly 1 − (1 − Y0)(1 − η)^n here, Y0·η_n less.
      double overlap = ma.darkCount() * ma.photonDetection(n);
      assertThat(Eavesdropper.NONE.yieldOf(n, link))
          .isCloseTo(ma.yieldOf(n) - overlap, within(1e-15));
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.3, 1})
  void interceptResendKeepsEveryYield(double fraction) {
    Link link = gys(25, 0.5);
    Eavesdropper eve = new InterceptResendAttack(fraction);
    for (int n = 0; n < 6; n++) {
      assertThat(eve.yieldOf(n, link)).isCloseTo(Eavesdropper.NONE.yieldOf(n, link), within(1e-15));
    }
  }

  @Test
  void interceptResendAddsAQuarterPerInterceptedPhoton() {
    // No misalignment, no dark counts: QBER = f/4 (Bennett, Brassard 1984).
    PhotonNumberYields ideal = new PhotonNumberYields(0.1, 0, 0);
    assertThat(new InterceptResendAttack(0.6).expectedQber(ideal, 0.5))
        .isCloseTo(0.15, within(1e-12));
  }

  @Test
  void beamSplittingLeavesBobsStatisticsUnchanged() {
    Link link = gys(50, 0.5);
    Eavesdropper eve = new BeamSplitting();
    for (int n = 0; n < 8; n++) {
      assertThat(eve.yieldOf(n, link)).isCloseTo(Eavesdropper.NONE.yieldOf(n, link), within(1e-15));
    }
    // Eve learns nothing from single photons that reach Bob.
    double known =
        eve.outcomes(1, link).stream()
            .filter(o -> o.kind() == ClickKind.SIGNAL && o.knowledge() == EveKnowledge.BIT)
            .mapToDouble(ClickOutcome::probability)
            .sum();
    assertThat(known).isZero();
  }

  @Test
  void photonNumberSplittingKeepsTheSignalGainAndBlocksSinglePhotonsAtDistance() {
    Link link = gys(100, 0.5);
    PhotonNumberSplitting pns = new PhotonNumberSplitting();
    assertThat(PhotonNumberSplitting.strategy(link).singlePhotons()).isZero();
    assertThat(gain(pns, link, 0.5)).isCloseTo(gain(Eavesdropper.NONE, link, 0.5), within(1e-12));
    assertThat(pns.yieldOf(1, link)).isEqualTo(link.background());
    // A weak decoy has few multi-photon pulses: its gain collapses (Hwang 2003).
    assertThat(gain(pns, link, 0.1)).isLessThan(0.5 * gain(Eavesdropper.NONE, link, 0.1));
  }

  @Test
  void photonNumberSplittingPassesSinglePhotonsOnShortLinks() {
    Link link = gys(5, 0.5);
    PhotonNumberSplitting.Strategy strategy = PhotonNumberSplitting.strategy(link);
    assertThat(strategy.multiPhotons()).isEqualTo(1);
    assertThat(strategy.singlePhotons()).isBetween(0.0, 1.0);
  }

  @Test
  void attacksParseByName() {
    assertThat(Attacks.parse("none")).isSameAs(Eavesdropper.NONE);
    assertThat(Attacks.parse("pns")).isInstanceOf(PhotonNumberSplitting.class);
    assertThat(Attacks.parse("beam-splitting")).isInstanceOf(BeamSplitting.class);
    assertThat(Attacks.parse("intercept-resend:0.25")).isEqualTo(new InterceptResendAttack(0.25));
    assertThatThrownBy(() -> Attacks.parse("intercept-resend:2")).hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> Attacks.parse("photon-cloning")).hasMessageContaining("unknown");
  }
}
