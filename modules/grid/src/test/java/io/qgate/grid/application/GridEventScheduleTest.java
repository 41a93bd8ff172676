package io.qgate.grid.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GridEventScheduleTest {

  private static final long SLOT = 5_900_000; // a slot in 2026

  @Test
  void aTripFallsAtItsRocofToTheNadirAndRecovers() {
    GeneratorTrip trip = new GeneratorTrip(1000, 0.6, 1.2, 2, 15);

    assertThat(trip.deviation(999)).isZero();
    assertThat(trip.deviation(1000.25)).isCloseTo(-0.3, within(1e-9));
    assertThat(trip.fallSeconds()).isCloseTo(0.5, within(1e-12));
    assertThat(trip.deviation(1000.5)).isCloseTo(-0.6, within(1e-9));
    assertThat(trip.deviation(1010)).isBetween(-0.3, -0.1);
    assertThat(trip.deviation(1000 + GeneratorTrip.SPAN_SECONDS - 0.01))
        .isCloseTo(0, within(0.001));
    assertThat(trip.deviation(1000 + GeneratorTrip.SPAN_SECONDS)).isZero();
  }

  @Test
  void theScheduleIsAFunctionOfSeedAndTime() {
    GridEventSchedule a = new GridEventSchedule(42, 12);
    GridEventSchedule b = new GridEventSchedule(42, 12);

    for (long slot = SLOT; slot < SLOT + 20; slot++) {
      assertThat(b.tripInSlot(slot)).isEqualTo(a.tripInSlot(slot));
    }
    assertThat(new GridEventSchedule(43, 12).tripInSlot(SLOT)).isNotEqualTo(a.tripInSlot(SLOT));
  }

  @Test
  void atTheMaximumRateEverySlotHasATripThatEndsInsideIt() {
    GridEventSchedule schedule = new GridEventSchedule(1, GridEventSchedule.MAX_EVENTS_PER_HOUR);

    for (long slot = SLOT; slot < SLOT + 200; slot++) {
      GeneratorTrip trip = schedule.tripInSlot(slot);
      assertThat(trip).isNotNull();
      double start = slot * GridEventSchedule.SLOT_SECONDS;
      assertThat(trip.onsetSeconds())
          .isBetween(start, start + GridEventSchedule.SLOT_SECONDS - GeneratorTrip.SPAN_SECONDS);
      assertThat(trip.depthHz()).isBetween(0.15, 0.8);
      assertThat(trip.rocofHzPerSecond()).isBetween(0.5, 1.5);
    }
  }

  @Test
  void theRateSetsTheShareOfSlotsWithATrip() {
    GridEventSchedule schedule = new GridEventSchedule(3, 3); // one slot in four
    int trips = 0;
    for (long slot = SLOT; slot < SLOT + 4_000; slot++) {
      trips += schedule.tripInSlot(slot) == null ? 0 : 1;
    }
    assertThat(trips).isBetween(900, 1_100);
  }

  @Test
  void aZeroRateMeansNoTrips() {
    GridEventSchedule schedule = new GridEventSchedule(3, 0);

    for (long slot = SLOT; slot < SLOT + 100; slot++) {
      assertThat(schedule.tripInSlot(slot)).isNull();
    }
  }
}
