package io.qgate.qkd.session;

import static io.qgate.qkd.session.MonteCarloVsAnalyticTest.assertBinomial;
import static io.qgate.qkd.session.MonteCarloVsAnalyticTest.transmittance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.detector.Receiver;
import io.qgate.qkd.eve.InterceptResendAttack;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.KeyRate;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.protocol.Sarg04;
import io.qgate.qkd.protocol.Sarg04SinglePhoton;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SARG04 sessions (Scarani, Acín, Ribordy, Gisin, PRL 92 057901 (2004)): the Monte-Carlo conclusive
 * gain Q_S and sifted QBER E_S against {@link Sarg04} (Fung, Tamaki, Lo, PRA 73 012337 (2006)),
 * within five standard errors; identical keys; intercept-resend caught.
 */
class Sarg04SessionTest {

  /** GYS with e_det = 1%: at GYS's 3.3% SARG04 without decoys leaves no key once tagged. */
  static final DvSystem LOW_MISALIGNMENT =
      new DvSystem(0.21, new Receiver(DvSystem.GYS.receiver().detector(), 0.01), 1.22);

  @ParameterizedTest(name = "{0} km")
  @ValueSource(doubles = {10, 50})
  @DisplayName("conclusive gain Q_S and sifted QBER E_S as the analytic Sarg04 model")
  void conclusiveGainAndQber(double km) {
    double mu = 0.3;
    KeyRate analytic = new Sarg04(DvSystem.GYS).evaluate(transmittance(km), mu);
    long pulses = (long) (3e5 / analytic.gain());
    SessionConfig config =
        SessionConfig.builder(Protocol.SARG04, km, pulses).mu(mu).seed(11).build();
    RawStatistics t = RawStatistics.sample(config);
    assertThat(t.pulses()).isEqualTo(pulses);
    assertBinomial(t.keyBits()[0], pulses, analytic.gain(), "conclusive gain Q_S");
    assertBinomial(t.keyErrors()[0], t.keyBits()[0], analytic.qber(), "sifted QBER E_S");
    System.out.printf(
        "SARG04 %.0f km, mu %.2f: Q_S MC %.4e analytic %.4e; E_S MC %.5f analytic %.5f (%d bits)%n",
        km,
        mu,
        (double) t.keyBits()[0] / pulses,
        analytic.gain(),
        (double) t.keyErrors()[0] / t.keyBits()[0],
        analytic.qber(),
        t.keyBits()[0]);
  }

  @Test
  @DisplayName("intercept-resend on every pulse: MC QBER as the analytic reference")
  void interceptResendQber() {
    SessionConfig config =
        SessionConfig.builder(Protocol.SARG04, 25, 200_000_000L)
            .mu(0.3)
            .eve(new InterceptResendAttack(1))
            .seed(5)
            .build();
    RawStatistics t = RawStatistics.sample(config);
    double expected = AnalyticReference.of(config).get("analyticQber");
    assertThat(expected).isCloseTo((0.125 + 0.033 / 4) / (0.375 + 0.033 / 4), within(0.01));
    assertBinomial(t.keyErrors()[0], t.keyBits()[0], expected, "intercept-resend QBER");
  }

  @Test
  @DisplayName("a clean session at 1 km keeps identical keys on both sides")
  void cleanSessionIdenticalKeys() {
    SessionResult r =
        Session.run(
            SessionConfig.builder(Protocol.SARG04, 1, 8_000_000_000L)
                .system(LOW_MISALIGNMENT)
                .mu(0.005)
                .blockBits(200_000)
                .seed(3)
                .build());
    assertThat(r.aborted()).as("%s", r.abort()).isFalse();
    assertThat(r.verificationPassed()).isTrue();
    assertThat(r.finalKeyBits()).isPositive();
    assertThat(r.keysIdentical()).isTrue();
    assertThat(r.aliceKeys()).isEqualTo(r.bobKeys()).isNotEmpty();
    assertThat(r.qberThreshold()).isCloseTo(Sarg04SinglePhoton.threshold(), within(1e-12));
    assertThat(r.details().get("taggedFraction")).isBetween(0.0, 1.0);
    System.out.printf(
        "SARG04 clean 1 km: sifted %d, QBER %.4f, final %d bits, tagged %.3f%n",
        r.siftedBits(), r.qber(), r.finalKeyBits(), r.details().get("taggedFraction"));
  }

  @Test
  @DisplayName("intercept-resend on every pulse aborts above the SARG04 threshold 9.69%")
  void interceptResendAborts() {
    SessionResult r =
        Session.run(
            SessionConfig.builder(Protocol.SARG04, 10, 2_000_000_000L)
                .mu(0.1)
                .eve(new InterceptResendAttack(1))
                .blockBits(20_000)
                .build());
    assertThat(r.aborted()).isTrue();
    assertThat(r.abort().code()).isEqualTo(Abort.Code.QBER_ABOVE_THRESHOLD);
    assertThat(r.abort().reason()).contains("SARG04");
    assertThat(r.qberThreshold()).isCloseTo(0.0969, within(0.0005));
    assertThat(r.finalKeyBits()).isZero();
    assertThat(r.aliceKeys()).isEmpty();
  }
}
