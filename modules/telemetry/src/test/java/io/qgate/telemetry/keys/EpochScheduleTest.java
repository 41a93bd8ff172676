package io.qgate.telemetry.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EpochScheduleTest {

  private static final EpochSchedule HOURLY_OR_1000 = new EpochSchedule(Duration.ofHours(1), 1000);

  @Test
  void periodStartsAtTheUnixEpoch() {
    assertThat(HOURLY_OR_1000.epochAt(Instant.EPOCH, 0)).isEqualTo(new Epoch(0, 0));
    assertThat(HOURLY_OR_1000.epochAt(Instant.parse("2026-11-26T19:59:59.999999999Z"), 0))
        .isEqualTo(new Epoch(498_811, 0));
  }

  @Test
  void aTimeOnTheBoundaryBelongsToTheNewPeriod() {
    Instant boundary = Instant.parse("2026-11-26T20:00:00Z");

    assertThat(HOURLY_OR_1000.periodAt(boundary.minusNanos(1))).isEqualTo(498_811);
    assertThat(HOURLY_OR_1000.periodAt(boundary)).isEqualTo(498_812);
    assertThat(HOURLY_OR_1000.periodStart(498_812)).isEqualTo(boundary);
    assertThat(HOURLY_OR_1000.nextRotation(boundary.minusNanos(1))).isEqualTo(boundary);
    assertThat(HOURLY_OR_1000.nextRotation(boundary)).isEqualTo(boundary.plusSeconds(3600));
  }

  @Test
  void theUseLimitStartsANewGeneration() {
    Instant now = Instant.parse("2026-11-26T19:30:00Z");

    assertThat(HOURLY_OR_1000.epochAt(now, 999)).isEqualTo(new Epoch(498_811, 0));
    assertThat(HOURLY_OR_1000.epochAt(now, 1000)).isEqualTo(new Epoch(498_811, 1));
    assertThat(HOURLY_OR_1000.epochAt(now, 2999)).isEqualTo(new Epoch(498_811, 2));
    assertThat(HOURLY_OR_1000.epochAt(now, Long.MAX_VALUE))
        .isEqualTo(new Epoch(498_811, Long.MAX_VALUE / 1000));
  }

  @Test
  void oneUsePerEpochRotatesOnEveryUse() {
    EpochSchedule everyUse = new EpochSchedule(Duration.ofDays(1), 1);

    assertThat(everyUse.epochAt(Instant.EPOCH, 0)).isEqualTo(new Epoch(0, 0));
    assertThat(everyUse.epochAt(Instant.EPOCH, 1)).isEqualTo(new Epoch(0, 1));
    assertThat(everyUse.epochAt(Instant.EPOCH, 41)).isEqualTo(new Epoch(0, 41));
  }

  @Test
  void timeOnlyNeverRotatesByUse() {
    EpochSchedule timeOnly = EpochSchedule.timeOnly(Duration.ofMinutes(15));

    assertThat(timeOnly.epochAt(Instant.EPOCH.plusSeconds(899), Long.MAX_VALUE - 1))
        .isEqualTo(new Epoch(0, 0));
    assertThat(timeOnly.epochAt(Instant.EPOCH.plusSeconds(900), 0)).isEqualTo(new Epoch(1, 0));
  }

  @Test
  void sameInputsGiveTheSameEpochOnBothSides() {
    EpochSchedule gateway = new EpochSchedule(Duration.ofSeconds(90), 50);
    EpochSchedule consumer = new EpochSchedule(Duration.ofSeconds(90), 50);
    Instant stamped = Instant.parse("2026-11-26T19:00:41.123Z");

    assertThat(gateway).isEqualTo(consumer);
    assertThat(consumer.epochAt(stamped, 123)).isEqualTo(gateway.epochAt(stamped, 123));
  }

  @Test
  void subSecondAndVeryLongPeriods() {
    Instant t = Instant.parse("2026-01-01T00:00:00.000000123Z");

    assertThat(new EpochSchedule(Duration.ofNanos(1), 1).periodAt(t))
        .isEqualTo(t.getEpochSecond() * 1_000_000_000L + 123);
    assertThat(new EpochSchedule(Duration.ofDays(365_000), 1).periodAt(t)).isZero();
  }

  @Test
  void nanosecondPeriodsOverflowLongBeyond2262() {
    EpochSchedule nanos = new EpochSchedule(Duration.ofNanos(1), 1);

    assertThatThrownBy(() -> nanos.periodAt(Instant.parse("2263-01-01T00:00:00Z")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void epochsAreOrderedByPeriodThenGeneration() {
    assertThat(new Epoch(1, 99)).isLessThan(new Epoch(2, 0));
    assertThat(new Epoch(2, 0)).isLessThan(new Epoch(2, 1));
  }

  @Test
  void rejectsInvalidSchedulesAndInputs() {
    assertThatThrownBy(() -> new EpochSchedule(Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EpochSchedule(Duration.ofSeconds(-1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EpochSchedule(Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HOURLY_OR_1000.epochAt(Instant.EPOCH.minusNanos(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HOURLY_OR_1000.epochAt(Instant.EPOCH, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HOURLY_OR_1000.periodStart(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Epoch(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
