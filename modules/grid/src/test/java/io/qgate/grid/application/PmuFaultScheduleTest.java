package io.qgate.grid.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.grid.domain.synchrophasor.StatWord;
import org.junit.jupiter.api.Test;

class PmuFaultScheduleTest {

  private static final double DAY_START = 1_795_737_600; // 2026-11-27T00:00Z, slot-aligned

  @Test
  void noFaultsByDefault() {
    PmuFaultSchedule schedule = new PmuFaultSchedule(42, 1, 0);

    for (double t = DAY_START; t < DAY_START + 86_400; t += 0.5) {
      assertThat(schedule.stat(t)).isEqualTo(StatWord.OK);
    }
  }

  @Test
  void atTheMaximumRateEverySlotHasOneFaultOfFiveToSixtySeconds() {
    PmuFaultSchedule schedule = new PmuFaultSchedule(42, 1, PmuFaultSchedule.MAX_FAULTS_PER_HOUR);

    for (int slot = 0; slot < 24; slot++) {
      double start = DAY_START + slot * PmuFaultSchedule.SLOT_SECONDS;
      int faultySteps = 0;
      int transitions = 0;
      int previous = StatWord.OK;
      for (double t = start; t < start + PmuFaultSchedule.SLOT_SECONDS; t += 0.1) {
        int stat = schedule.stat(t);
        faultySteps += stat == StatWord.OK ? 0 : 1;
        transitions += stat == previous ? 0 : 1;
        previous = stat;
        assertThat(stat).isIn(StatWord.OK, StatWord.SYNC_ERROR, StatWord.DATA_ERROR_PMU);
      }
      assertThat(transitions).as("slot %d", slot).isEqualTo(2);
      assertThat(faultySteps / 10.0).isBetween(4.9, 60.1);
    }
  }

  @Test
  void faultsAreDeterministicAndLocalToEachPmu() {
    PmuFaultSchedule a = new PmuFaultSchedule(42, 1, 6);
    PmuFaultSchedule again = new PmuFaultSchedule(42, 1, 6);
    PmuFaultSchedule other = new PmuFaultSchedule(42, 2, 6);
    boolean differs = false;

    for (double t = DAY_START; t < DAY_START + 3_600; t += 1) {
      assertThat(again.stat(t)).isEqualTo(a.stat(t));
      differs |= other.stat(t) != a.stat(t);
    }
    assertThat(differs).isTrue();
  }
}
