package io.qgate.qkd.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.detector.PhotonNumberYields;
import io.qgate.qkd.eve.InterceptResendAttack;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.EntangledPairYields;
import io.qgate.qkd.protocol.InterceptResend;
import io.qgate.qkd.protocol.Protocol;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The click-by-click Monte-Carlo against the closed forms of the protocol package: gains Q_μ and
 * QBERs E_μ of Ma, Qi, Zhao, Lo, PRA 72 012326 (2005) (GYS system), intercept-resend's p/4, and the
 * coincidences, QBER and CHSH value of Ma, Fung, Lo, PRA 76 012307 (2007). Agreement is within five
 * standard errors of the sampled counts.
 */
class MonteCarloVsAnalyticTest {

  private static final double SIGMAS = 5;

  static RawStatistics tally(SessionConfig config) {
    return RawStatistics.sample(config);
  }

  static double transmittance(double km) {
    return Math.pow(10, -0.21 * km / 10);
  }

  static void assertBinomial(long hits, long trials, double p, String what) {
    double sigma = Math.sqrt(p * (1 - p) / trials);
    assertThat((double) hits / trials).as(what).isCloseTo(p, within(SIGMAS * sigma));
  }

  @ParameterizedTest(name = "{0} km")
  @ValueSource(doubles = {25, 50, 100})
  @DisplayName("BB84: gain Q_μ and sifted QBER E_μ as in Ma et al. 2005")
  void bb84GainAndQber(double km) {
    PhotonNumberYields yields = DvSystem.GYS.receiver().yields(transmittance(km), 0.5);
    long pulses = (long) (3e5 / yields.gain(0.5));
    SessionConfig config = SessionConfig.builder(Protocol.BB84, km, pulses).mu(0.5).seed(7).build();
    RawStatistics t = tally(config);
    assertThat(t.pulses()).isEqualTo(pulses);
    assertBinomial(t.detections()[0], pulses, yields.gain(0.5), "gain");
    assertBinomial(t.keyErrors()[0], t.keyBits()[0], yields.qber(0.5), "QBER");
    assertBinomial(t.keyBits()[0], t.detections()[0], 0.5, "sifting keeps half");
  }

  @ParameterizedTest(name = "{0} km")
  @ValueSource(doubles = {25, 75})
  @DisplayName("Decoy BB84: each intensity's gain and QBER as in Ma et al. 2005")
  void decoyClasses(double km) {
    double[] mu = {0.4, 0.15, 0};
    double[] p = {0.5, 0.3, 0.2};
    PhotonNumberYields yields = DvSystem.GYS.receiver().yields(transmittance(km), mu[0]);
    long pulses = (long) (4e5 / yields.gain(mu[0]));
    SessionConfig config = SessionConfig.builder(Protocol.BB84_DECOY, km, pulses).seed(3).build();
    RawStatistics t = tally(config);
    for (int k = 0; k < 3; k++) {
      long classPulses = Math.round(pulses * p[k]);
      assertBinomial(t.detections()[k], classPulses, yields.gain(mu[k]), "gain of class " + k);
      assertBinomial(
          t.keyErrors()[k] + t.testErrors()[k],
          t.keyBits()[k] + t.testBits()[k],
          yields.qber(mu[k]),
          "QBER of class " + k);
    }
  }

  @ParameterizedTest(name = "f = {0}")
  @ValueSource(doubles = {0.25, 0.5, 1})
  @DisplayName(
      "Intercept-resend: QBER = E_μ + f(1/4 − e_det/2)·photon clicks, ≈ f/4 + e_det(1 − f/2)")
  void interceptResendQber(double f) {
    double km = 25;
    PhotonNumberYields yields = DvSystem.GYS.receiver().yields(transmittance(km), 0.5);
    long pulses = (long) (2e5 / yields.gain(0.5));
    InterceptResendAttack eve = new InterceptResendAttack(f);
    SessionConfig config =
        SessionConfig.builder(Protocol.BB84, km, pulses).mu(0.5).eve(eve).seed(11).build();
    RawStatistics t = tally(config);
    double expected = eve.expectedQber(yields, 0.5);
    assertBinomial(t.keyErrors()[0], t.keyBits()[0], expected, "QBER");
    // The textbook p/4 (Bennett, Brassard 1984) on top of misalignment, dark counts aside.
    double textbook = InterceptResend.qber(f) + yields.misalignment() * (1 - f / 2);
    assertThat(expected).isCloseTo(textbook, within(1e-3));
    assertBinomial(t.detections()[0], pulses, yields.gain(0.5), "gain unchanged");
  }

  @Test
  @DisplayName("E91: coincidences, QBER and CHSH S = 2√2(1 − 2E) as in Ma, Fung, Lo 2007")
  void entangledPairs() {
    double km = 20;
    SessionConfig config = SessionConfig.builder(Protocol.E91, km, 1).mu(0.1).build();
    EntangledPairYields pairs = Session.pairs(config);
    long pulses = (long) (4e5 / pairs.gain());
    config = SessionConfig.builder(Protocol.E91, km, pulses).mu(0.1).seed(5).build();
    RawStatistics t = tally(config);
    long coincidences = t.detections()[0];
    assertBinomial(coincidences, pulses, pairs.gain(), "coincidence gain");
    assertBinomial(t.keyErrors()[0], t.keyBits()[0], pairs.qber(), "QBER");
    ChshEstimate chsh = new ChshEstimate(t.testBits(), t.testErrors());
    double expected = 2 * Math.sqrt(2) * (1 - 2 * pairs.qber());
    // Each correlator has standard error ≤ 1/√n; four of them.
    double sigma = 4 / Math.sqrt(t.testBits()[0]);
    assertThat(chsh.value()).isCloseTo(expected, within(SIGMAS * sigma));
    assertThat(chsh.lowerBound(1e-10)).isLessThan(chsh.value());
  }

  @Test
  @DisplayName("E91 with intercept-resend on every pair: S falls to √2·V ≤ 2, QBER rises by 1/4")
  void interceptResendLowersChsh() {
    double km = 20;
    SessionConfig probe = SessionConfig.builder(Protocol.E91, km, 1).mu(0.1).build();
    EntangledPairYields pairs = Session.pairs(probe);
    long pulses = (long) (3e5 / pairs.gain());
    SessionConfig config =
        SessionConfig.builder(Protocol.E91, km, pulses)
            .mu(0.1)
            .eve(new InterceptResendAttack(1))
            .seed(9)
            .build();
    RawStatistics t = tally(config);
    double s = new ChshEstimate(t.testBits(), t.testErrors()).value();
    double expected = AnalyticReference.of(config).get("analyticChsh");
    assertThat(expected).isLessThan(2);
    assertThat(s).isCloseTo(expected, within(SIGMAS * 4 / Math.sqrt(t.testBits()[0])));
    assertBinomial(
        t.keyErrors()[0], t.keyBits()[0], AnalyticReference.of(config).get("analyticQber"), "QBER");
  }
}
