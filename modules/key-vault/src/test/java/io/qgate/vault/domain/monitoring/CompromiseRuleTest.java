package io.qgate.vault.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The alarm rule of one window: QBER, CHSH and the decoy check against the link's threshold. */
class CompromiseRuleTest {

  @Test
  void aQberAtTheThresholdIsGoodAndAboveItIsNot() {
    assertThat(CompromiseRule.judge(LinkObservation.of(0.05, 1e4, 1e3), 0.05)).isEmpty();
    assertThat(CompromiseRule.judge(LinkObservation.of(0.0501, 1e4, 1e3), 0.05))
        .hasValueSatisfying(why -> assertThat(why).contains("QBER 0.0501", "threshold 0.0500"));
  }

  @Test
  void aChshBelowAnHonestLinkAtTheAlarmQberIsBad() {
    double threshold = 0.05; // an honest link at 5% shows S = 2√2·0.9 ≈ 2.546
    assertThat(CompromiseRule.judge(new LinkObservation(0.02, 1, 1, 2.6, null, null), threshold))
        .isEmpty();
    assertThat(CompromiseRule.judge(new LinkObservation(0.02, 1, 1, 2.5, null, null), threshold))
        .hasValueSatisfying(why -> assertThat(why).contains("CHSH S 2.5000"));
    assertThat(CompromiseRule.judge(new LinkObservation(0.02, 1, 1, 2.0, null, null), 0.3))
        .hasValueSatisfying(why -> assertThat(why).contains("no Bell violation"));
  }

  @Test
  void aSinglePhotonYieldUnderHalfTheDesignIsBad() {
    assertThat(CompromiseRule.judge(new LinkObservation(0.02, 1, 1, null, 6e-3, 1e-2), 0.11))
        .isEmpty();
    assertThat(CompromiseRule.judge(new LinkObservation(0.02, 1, 1, null, 4e-3, 1e-2), 0.11))
        .isPresent();
    assertThat(CompromiseRule.judge(new LinkObservation(0.02, 1, 1, null, -1e-5, 1e-2), 0.11))
        .isPresent();
  }
}
