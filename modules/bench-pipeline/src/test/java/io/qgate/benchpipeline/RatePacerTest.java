package io.qgate.benchpipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatePacerTest {

  @Test
  void framesAreDueAtMultiplesOfTheInterval() {
    RatePacer pacer = new RatePacer(1_000, 60_000);

    assertThat(pacer.dueNanos(0)).isEqualTo(1_000);
    assertThat(pacer.dueNanos(1)).isEqualTo(1_000 + 16_666); // 10⁹/60,000 rounded down
    assertThat(pacer.dueNanos(3)).isEqualTo(1_000 + 50_000);
    assertThat(pacer.dueNanos(60_000)).isEqualTo(1_000 + 1_000_000_000L);
    assertThat(pacer.dueNanos(90_000)).isEqualTo(1_000 + 1_500_000_000L);
  }

  @Test
  void nothingIsDueBeforeTheStartAndTheFirstFrameAtIt() {
    RatePacer pacer = new RatePacer(5_000, 60);

    assertThat(pacer.dueBy(4_999)).isZero();
    assertThat(pacer.dueBy(5_000)).isEqualTo(1);
    assertThat(pacer.dueBy(5_000 + 16_666_665)).isEqualTo(1);
    assertThat(pacer.dueBy(5_000 + 16_666_666)).isEqualTo(2); // ⌊10⁹/60⌋ ns after the start
  }

  @Test
  void dueByCountsExactlyTheFramesWhoseDueTimeHasCome() {
    for (long rate : new long[] {1, 7, 60, 30_000, 60_000, 999_983}) {
      RatePacer pacer = new RatePacer(-123_456_789, rate);
      for (long now = -123_456_789; now < 2_876_543_211L; now += 7_919_993) {
        long due = pacer.dueBy(now);
        assertThat(pacer.dueNanos(due - 1))
            .as("rate %d, now %d", rate, now)
            .isLessThanOrEqualTo(now);
        assertThat(pacer.dueNanos(due)).as("rate %d, now %d", rate, now).isGreaterThan(now);
      }
    }
  }

  @Test
  void anHourAtTenMillionFramesPerSecondDoesNotOverflow() {
    RatePacer pacer = new RatePacer(0, 10_000_000);
    long hour = 3_600_000_000_000L;

    assertThat(pacer.dueNanos(36_000_000_000L)).isEqualTo(hour);
    assertThat(pacer.dueBy(hour)).isEqualTo(36_000_000_001L);
  }

  @Test
  void aRateBelowOneIsRefused() {
    assertThatThrownBy(() -> new RatePacer(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
