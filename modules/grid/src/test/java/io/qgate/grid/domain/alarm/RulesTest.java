package io.qgate.grid.domain.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RulesTest {

  private static final long MS = 1_000_000L;
  private final AlarmThresholds defaults = AlarmThresholds.defaults();

  @Test
  void theDefaultsAreTheDocumentedThresholds() {
    assertThat(defaults.frequencyDeviationHz()).isEqualTo(0.2);
    assertThat(defaults.frequencyCriticalHz()).isEqualTo(0.8);
    assertThat(defaults.rocofHzPerSecond()).isEqualTo(1.0);
    assertThat(defaults.rocofCriticalHzPerSecond()).isEqualTo(2.0);
    assertThat(defaults.rocofWindow()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void inconsistentThresholdsAreRefused() {
    assertThatThrownBy(() -> new AlarmThresholds(0.2, 0.3, 0.8, 1, 0.2, 2, Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AlarmThresholds(0.2, 0.02, 0.1, 1, 0.2, 2, Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AlarmThresholds(0.2, 0.02, 0.8, 1, 0.2, 2, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExcursionStartingBeyondTheCriticalDeviationIsRaisedCriticalOnce() {
    FrequencyExcursionRule rule = new FrequencyExcursionRule(defaults);

    assertThat(rule.update(0.9)).isEqualTo(Transition.RAISED);
    assertThat(rule.severity()).isEqualTo("CRITICAL");
    assertThat(rule.update(1.0)).isEqualTo(Transition.NONE);
    assertThat(rule.update(0.18)).isEqualTo(Transition.CLEARED);
    assertThat(rule.active()).isFalse();
  }

  @Test
  void rocofUsesMeasurementTimeNotFrameCount() {
    RocofRule rule = new RocofRule(defaults);

    assertThat(rule.update(0, -1.5)).isEqualTo(Transition.NONE);
    assertThat(rule.update(250 * MS, -1.5)).isEqualTo(Transition.NONE);
    assertThat(rule.update(499 * MS, -1.5)).isEqualTo(Transition.NONE);
    assertThat(rule.update(500 * MS, -1.5)).isEqualTo(Transition.RAISED);
  }

  @Test
  void anInterruptionRestartsTheRocofWindow() {
    RocofRule rule = new RocofRule(defaults);
    rule.update(0, 1.5);
    rule.update(300 * MS, 1.5);

    rule.interrupt();

    assertThat(rule.update(500 * MS, 1.5)).isEqualTo(Transition.NONE);
    assertThat(rule.update(999 * MS, 1.5)).isEqualTo(Transition.NONE);
    assertThat(rule.update(1000 * MS, 1.5)).isEqualTo(Transition.RAISED);
  }

  @Test
  void timeGoingBackwardsRestartsTheRocofWindow() {
    RocofRule rule = new RocofRule(defaults);
    rule.update(1000 * MS, 1.5);

    assertThat(rule.update(400 * MS, 1.5)).isEqualTo(Transition.NONE);
    assertThat(rule.update(899 * MS, 1.5)).isEqualTo(Transition.NONE);
    assertThat(rule.update(900 * MS, 1.5)).isEqualTo(Transition.RAISED);
  }

  @Test
  void dataValidityTogglesOnlyOnChange() {
    DataValidityRule rule = new DataValidityRule();

    assertThat(rule.update(true)).isEqualTo(Transition.NONE);
    assertThat(rule.update(false)).isEqualTo(Transition.RAISED);
    assertThat(rule.update(false)).isEqualTo(Transition.NONE);
    assertThat(rule.update(true)).isEqualTo(Transition.CLEARED);
  }

  @Test
  void everyConditionHasAClearingType() {
    assertThat(GridAlarmType.GRID_ROCOF.cleared()).isEqualTo(GridAlarmType.GRID_ROCOF_CLEARED);
    assertThatThrownBy(GridAlarmType.GRID_ROCOF_CLEARED::cleared)
        .isInstanceOf(IllegalStateException.class);
  }
}
