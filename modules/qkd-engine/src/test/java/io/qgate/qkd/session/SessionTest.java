package io.qgate.qkd.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.bits.BitArray;
import io.qgate.qkd.eve.BeamSplitting;
import io.qgate.qkd.eve.InterceptResendAttack;
import io.qgate.qkd.eve.PhotonNumberSplitting;
import io.qgate.qkd.protocol.Protocol;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Whole sessions: identical keys, aborts with the right reason, attacks seen or accounted. */
class SessionTest {

  @Test
  @DisplayName("a clean decoy session ends with identical, non-empty keys on both sides")
  void cleanDecoySession() {
    SessionResult r =
        Session.run(
            SessionConfig.builder(Protocol.BB84_DECOY, 25, 300_000_000L)
                .blockBits(400_000)
                .seed(1)
                .build());
    assertThat(r.aborted()).as("%s", r.abort()).isFalse();
    assertThat(r.verificationPassed()).isTrue();
    assertThat(r.finalKeyBits()).isPositive();
    assertThat(r.keysIdentical()).isTrue();
    assertThat(r.aliceKeys()).hasSameSizeAs(r.bobKeys()).isNotEmpty();
    for (int i = 0; i < r.aliceKeys().size(); i++) {
      assertThat(r.aliceKeys().get(i)).isEqualTo(r.bobKeys().get(i));
    }
    assertThat(r.aliceKeys().stream().mapToLong(BitArray::length).sum())
        .isEqualTo(r.finalKeyBits());
    assertThat(r.ecEfficiency()).isBetween(1.0, 1.2);
    assertThat(r.authenticationKeyBits()).isEqualTo(64L * (2 * r.blocks() + 1));
    assertThat(r.netKeyBits()).isEqualTo(r.finalKeyBits() - r.authenticationKeyBits());
    // The decoy bound on single-photon key bits holds against the simulation's ground truth.
    assertThat(r.details().get("singlePhotonKeyBitsLowerBound"))
        .isLessThanOrEqualTo(r.details().get("singlePhotonKeyBitsTrue"))
        .isPositive();
  }

  @Test
  @DisplayName("a clean BB84 session (GLLP tagging) keeps identical keys; same seed, same run")
  void cleanBb84SessionIsReproducible() {
    SessionConfig config =
        SessionConfig.builder(Protocol.BB84, 10, 3_000_000_000L)
            .mu(0.016)
            .blockBits(200_000)
            .seed(4)
            .build();
    SessionResult r = Session.run(config);
    assertThat(r.aborted()).as("%s", r.abort()).isFalse();
    assertThat(r.keysIdentical()).isTrue();
    assertThat(r.details().get("taggedFraction")).isBetween(0.0, 1.0);
    SessionResult again = Session.run(config);
    assertThat(again.finalKeyBits()).isEqualTo(r.finalKeyBits());
    assertThat(again.aliceKeys()).isEqualTo(r.aliceKeys());
  }

  @Test
  @DisplayName("intercept-resend on every pulse: QBER ≈ 25%, abort above the Shor–Preskill 11%")
  void interceptResendAborts() {
    SessionResult r =
        Session.run(
            SessionConfig.builder(Protocol.BB84_DECOY, 25, 1_000_000_000L)
                .eve(new InterceptResendAttack(1))
                .blockBits(50_000)
                .build());
    assertThat(r.aborted()).isTrue();
    assertThat(r.abort().code()).isEqualTo(Abort.Code.QBER_ABOVE_THRESHOLD);
    assertThat(r.abort().reason()).contains("QBER").contains("threshold");
    assertThat(r.qber()).isCloseTo(0.25 + 0.033 / 2, within(0.02));
    assertThat(r.qberThreshold()).isCloseTo(0.110, within(0.001));
    assertThat(r.finalKeyBits()).isZero();
    assertThat(r.aliceKeys()).isEmpty();
    assertThat(r.pulsesSent()).isLessThan(1_000_000_000L); // stopped at the first block
  }

  @Test
  @DisplayName("PNS without decoys at 100 km: gain and QBER as without Eve, who knows the key")
  void pnsWithoutDecoysGoesUnnoticed() {
    SessionConfigBuilder builder =
        SessionConfig.builder(Protocol.BB84, 100, 3_000_000_000L).mu(0.5).seed(2);
    SessionResult honest = Session.run(builder.build());
    SessionResult attacked = Session.run(builder.eve(new PhotonNumberSplitting()).build());
    double gain = honest.gain();
    double sigma = Math.sqrt(gain / honest.pulsesSent());
    assertThat(attacked.gain()).isCloseTo(gain, within(5 * sigma));
    double q = honest.qber();
    assertThat(attacked.qber()).isCloseTo(q, within(5 * Math.sqrt(q / honest.qberBits())));
    assertThat(attacked.abort().code()).isNotEqualTo(Abort.Code.QBER_ABOVE_THRESHOLD);
    assertThat((double) attacked.eveKnownKeyBits() / attacked.ecKeyBits()).isGreaterThan(0.9);
    // Only GLLP's worst case saves the key: Δ ≥ 1, no key with or without Eve.
    assertThat(attacked.abort().reason()).contains("GLLP");
  }

  @Test
  @DisplayName("PNS with decoys at 50 km: the decoy gain collapses, Y1 ≈ 0, no key, clear reason")
  void pnsWithDecoysIsExposed() {
    SessionConfigBuilder builder =
        SessionConfig.builder(Protocol.BB84_DECOY, 50, 2_000_000_000L).blockBits(400_000);
    SessionResult honest = Session.run(builder.build());
    SessionResult attacked = Session.run(builder.eve(new PhotonNumberSplitting()).build());
    assertThat(honest.finalKeyBits()).isPositive();
    assertThat(attacked.details().get("gainSignal"))
        .isCloseTo(honest.details().get("gainSignal"), within(0.03 * honest.gain()));
    assertThat(attacked.details().get("gainDecoy"))
        .isLessThan(0.6 * attacked.details().get("analyticGainDecoy"));
    assertThat(attacked.details().get("singlePhotonYieldLowerBound")).isZero();
    assertThat(attacked.aborted()).isTrue();
    assertThat(attacked.abort().code()).isEqualTo(Abort.Code.NOT_ENOUGH_KEY);
    assertThat(attacked.abort().reason()).contains("single-photon");
    assertThat(attacked.finalKeyBits()).isZero();
  }

  @Test
  @DisplayName("beam splitting: no errors, and the key left is shorter than what Eve cannot know")
  void beamSplittingIsAccountedFor() {
    SessionResult r =
        Session.run(
            SessionConfig.builder(Protocol.BB84_DECOY, 50, 2_000_000_000L)
                .blockBits(400_000)
                .eve(new BeamSplitting())
                .build());
    assertThat(r.aborted()).isFalse();
    assertThat(r.eveKnownKeyBits()).isPositive();
    assertThat(r.finalKeyBits()).isLessThan(r.ecKeyBits() - r.eveKnownKeyBits());
    assertThat(r.details().get("singlePhotonKeyBitsLowerBound"))
        .isLessThanOrEqualTo(r.details().get("singlePhotonKeyBitsTrue"));
  }

  @Test
  @DisplayName("10^11 pulses at 150 km stream through small blocks in bounded memory")
  void longSessionsStreamThroughBlocks() {
    int block = 4096;
    SessionResult r =
        Session.run(
            SessionConfig.builder(Protocol.BB84_DECOY, 150, 100_000_000_000L)
                .blockBits(block)
                .keepKeys(false)
                .build());
    assertThat(r.pulsesSent()).isEqualTo(100_000_000_000L);
    assertThat(r.blocks()).isGreaterThan(5);
    assertThat(r.maxSiftedKeyBits()).isLessThanOrEqualTo(block);
    assertThat(r.aliceKeys()).isEmpty();
    assertThat(r.detected()).isBetween(500_000L, 2_000_000L);
  }

  @Test
  @DisplayName("E91: S from the data near 2√2(1 − 2E); intercept-resend drops it below 2 → abort")
  void e91BellTest() {
    SessionConfigBuilder builder =
        SessionConfig.builder(Protocol.E91, 10, 1_000_000_000L).mu(0.05).blockBits(20_000);
    SessionResult honest = Session.run(builder.build());
    assertThat(honest.details().get("chsh"))
        .isCloseTo(honest.details().get("analyticChsh"), within(0.1));
    SessionResult attacked = Session.run(builder.eve(new InterceptResendAttack(1)).build());
    assertThat(attacked.abort().code()).isEqualTo(Abort.Code.NO_BELL_VIOLATION);
    assertThat(attacked.abort().reason()).contains("CHSH");
  }
}
