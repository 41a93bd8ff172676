package io.qgate.industrial.domain.alarm;

import static io.qgate.industrial.domain.alarm.LimitState.HIGH;
import static io.qgate.industrial.domain.alarm.LimitState.LOW;
import static io.qgate.industrial.domain.alarm.LimitState.NORMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlarmLimitsTest {

  private final AlarmLimits limits = AlarmLimits.of(40, 95, 1.0);

  @Test
  void aValueBeyondALimitIsInAlarm() {
    assertThat(limits.next(NORMAL, 95.0)).isEqualTo(NORMAL);
    assertThat(limits.next(NORMAL, 95.01)).isEqualTo(HIGH);
    assertThat(limits.next(NORMAL, 39.99)).isEqualTo(LOW);
    assertThat(limits.next(NORMAL, 40.0)).isEqualTo(NORMAL);
  }

  @Test
  void anAlarmHoldsUntilTheValueIsBackInsideByTheDeadband() {
    assertThat(limits.next(HIGH, 94.5)).isEqualTo(HIGH);
    assertThat(limits.next(HIGH, 94.01)).isEqualTo(HIGH);
    assertThat(limits.next(HIGH, 94.0)).isEqualTo(NORMAL);
    assertThat(limits.next(LOW, 40.9)).isEqualTo(LOW);
    assertThat(limits.next(LOW, 41.0)).isEqualTo(NORMAL);
  }

  @Test
  void aJumpAcrossMovesStraightToTheOtherAlarmAndNaNChangesNothing() {
    assertThat(limits.next(HIGH, 10)).isEqualTo(LOW);
    assertThat(limits.next(LOW, 200)).isEqualTo(HIGH);
    assertThat(limits.next(HIGH, Double.NaN)).isEqualTo(HIGH);
    assertThat(limits.next(NORMAL, Double.NaN)).isEqualTo(NORMAL);
  }

  @Test
  void oneSidedAndAbsentLimits() {
    AlarmLimits hiOnly = AlarmLimits.of(Double.NEGATIVE_INFINITY, 7.1, 0.3);
    assertThat(hiOnly.isNone()).isFalse();
    assertThat(hiOnly.next(NORMAL, -1e9)).isEqualTo(NORMAL);
    assertThat(hiOnly.next(NORMAL, 7.2)).isEqualTo(HIGH);
    assertThat(AlarmLimits.NONE.isNone()).isTrue();
    assertThat(AlarmLimits.NONE.next(NORMAL, 1e300)).isEqualTo(NORMAL);
    assertThat(limits.limitOf(HIGH)).isEqualTo(95);
    assertThat(limits.limitOf(LOW)).isEqualTo(40);
  }

  @Test
  void refusesInconsistentLimits() {
    assertThatThrownBy(() -> AlarmLimits.of(10, 10, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AlarmLimits.of(10, 20, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AlarmLimits.of(10, 20, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AlarmLimits.of(Double.NaN, 20, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> limits.limitOf(NORMAL)).isInstanceOf(IllegalArgumentException.class);
  }
}
