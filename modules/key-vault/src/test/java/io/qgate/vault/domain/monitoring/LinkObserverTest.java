package io.qgate.vault.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.qgate.platform.domain.InvalidInputException;
import io.qgate.qkd.detector.Receiver;
import io.qgate.qkd.detector.ThresholdDetector;
import io.qgate.qkd.eve.InterceptResendAttack;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.DecoyBb84;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.InterceptResend;
import io.qgate.vault.domain.LinkPhysics;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The analytic eavesdropper model against the engine's published values. */
class LinkObserverTest {

  private static LinkPhysics link(String protocol, double km, double misalignment) {
    return new LinkPhysics("l", protocol, 0.2 * km, 0.10, 1e-6, misalignment, 1e9);
  }

  private static Optional<LinkAttack> interceptResend(double f) {
    return Optional.of(new LinkAttack(AttackKind.INTERCEPT_RESEND, f, "t", Instant.now()));
  }

  private static final Optional<LinkAttack> PNS =
      Optional.of(new LinkAttack(AttackKind.PNS, 1, "t", Instant.now()));

  private static LinkObservation seen(LinkPhysics link, Optional<LinkAttack> attack) {
    return LinkObserver.observe(link, attack).orElseThrow();
  }

  @Test
  void fullInterceptResendGivesAQuarterOfTheSiftedKeyWrong() {
    LinkObservation seen = seen(link("BB84_DECOY", 25, 0), interceptResend(1));
    assertThat(seen.qber()).isCloseTo(InterceptResend.qber(1), within(0.002)); // 25%
    assertThat(seen.secretBitsPerSecond()).isZero();
  }

  @Test
  void interceptResendMatchesTheEnginesExpectedQberOfSignalPulses() {
    LinkPhysics link = link("BB84_DECOY", 25, 0.015);
    ThresholdDetector detector = new ThresholdDetector(0.10, 1e-6, 0);
    DvSystem system = new DvSystem(0, new Receiver(detector, 0.015), LinkPhysics.EC_EFFICIENCY);
    double eta = Math.pow(10, -0.5);
    double mu = KeyRateOptimiser.optimise(new DecoyBb84(system), eta).settings()[0];
    for (double f : new double[] {0.1, 0.3, 0.6, 1}) {
      double engine =
          new InterceptResendAttack(f).expectedQber(system.receiver().yields(eta, mu), mu);
      assertThat(seen(link, interceptResend(f)).qber()).isCloseTo(engine, within(1e-12));
    }
  }

  @Test
  void withoutAnEavesdropperTheLinkMeasuresItsHonestQberAndRate() {
    LinkPhysics link = link("BB84_DECOY", 25, 0.015);
    LinkObservation seen = seen(link, Optional.empty());
    LinkPhysics.Yield honest = link.yield().orElseThrow();
    assertThat(seen.qber()).isCloseTo(honest.qber(), within(1e-12));
    assertThat(seen.secretBitsPerSecond())
        .isCloseTo(honest.secretBitsPerSecond(), within(honest.secretBitsPerSecond() * 1e-9));
    assertThat(seen.siftedBitsPerSecond()).isGreaterThan(seen.secretBitsPerSecond());
    assertThat(CompromiseRule.judge(seen, 0.11)).isEmpty();
  }

  @Test
  void aSmallInterceptedFractionRaisesTheQberButStaysUnderTheAlarm() {
    LinkPhysics link = link("BB84_DECOY", 25, 0.015);
    LinkObservation honest = seen(link, Optional.empty());
    LinkObservation attacked = seen(link, interceptResend(0.1));
    assertThat(attacked.qber()).isCloseTo(honest.qber() + 0.1 * (0.25 - 0.0075), within(0.001));
    assertThat(attacked.secretBitsPerSecond()).isLessThan(honest.secretBitsPerSecond());
    assertThat(CompromiseRule.judge(attacked, 0.11)).isEmpty();
    assertThat(CompromiseRule.judge(seen(link, interceptResend(0.5)), 0.11)).isPresent();
  }

  @Test
  void pnsOnADecoyLinkLeavesTheQberButEmptiesTheSinglePhotonEstimate() {
    for (double km : new double[] {25, 50, 100}) {
      LinkPhysics link = link("BB84_DECOY", km, 0.015);
      LinkObservation honest = seen(link, Optional.empty());
      LinkObservation attacked = seen(link, PNS);
      assertThat(honest.singlePhotonYield())
          .isCloseTo(honest.expectedSinglePhotonYield(), within(1e-15));
      assertThat(attacked.qber()).isEqualTo(honest.qber());
      assertThat(attacked.singlePhotonYield())
          .as("Y1 estimate at %s km", km)
          .isLessThan(0.5 * attacked.expectedSinglePhotonYield());
      assertThat(attacked.secretBitsPerSecond()).isZero();
      assertThat(CompromiseRule.judge(attacked, 0.11))
          .hasValueSatisfying(why -> assertThat(why).contains("single-photon yield"));
    }
  }

  @Test
  void pnsOnSarg04IsCaughtByItsDecoysToo() {
    LinkObservation attacked = seen(link("SARG04", 25, 0.015), PNS);
    assertThat(CompromiseRule.judge(attacked, 0.11)).isPresent();
  }

  @Test
  void pnsOnBb84WithoutDecoysIsInvisibleAndGllpAlreadyDiscountsIt() {
    LinkPhysics link = link("BB84", 10, 0.015);
    assertThat(seen(link, PNS)).isEqualTo(seen(link, Optional.empty()));
  }

  @Test
  void interceptResendOnE91HalvesTheChshValue() {
    LinkPhysics link = link("E91", 5, 0.01);
    LinkObservation honest = seen(link, Optional.empty());
    LinkObservation attacked = seen(link, interceptResend(1));
    assertThat(honest.chsh()).isCloseTo(2 * Math.sqrt(2) * (1 - 2 * honest.qber()), within(1e-9));
    assertThat(attacked.chsh()).isCloseTo(honest.chsh() / 2, within(1e-9));
    assertThat(attacked.secretBitsPerSecond()).isZero();
    assertThat(CompromiseRule.judge(honest, 0.11)).isEmpty();
    assertThat(CompromiseRule.judge(attacked, 0.3))
        .hasValueSatisfying(why -> assertThat(why).contains("no Bell violation"));
  }

  @Test
  void cvQkdIsNotSimulated() {
    assertThat(LinkObserver.observe(link("CV_GG02", 10, 0.01), Optional.empty())).isEmpty();
  }

  @Test
  void attacksRefuseBadParameters() {
    assertThatThrownBy(() -> new LinkAttack(AttackKind.INTERCEPT_RESEND, 0, "t", Instant.now()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("(0, 1]");
    assertThatThrownBy(
            () -> new LinkAttack(AttackKind.INTERCEPT_RESEND, Double.NaN, "t", Instant.now()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new LinkAttack(AttackKind.PNS, 0.5, "t", Instant.now()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("fraction"));
  }
}
