package io.qgate.benchconsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void anOddCountHasTheMiddleTimeAsMedian() {
    Stats s = Stats.of(300, 100, 200);
    assertThat(s.runs()).isEqualTo(3);
    assertThat(s.min()).isEqualTo(100);
    assertThat(s.median()).isEqualTo(200);
    assertThat(s.max()).isEqualTo(300);
  }

  @Test
  void anEvenCountHasTheMeanOfTheTwoMiddleTimesAsMedian() {
    assertThat(Stats.of(40, 10, 30, 20).median()).isEqualTo(25);
  }

  @Test
  void p90IsTheNearestRankSoAlwaysAMeasuredTime() {
    // 20 runs: rank ceil(0.9 * 20) = 18, the 18th smallest.
    double[] twenty = new double[20];
    for (int i = 0; i < 20; i++) {
      twenty[i] = 20 - i; // 20, 19, ..., 1: order does not matter
    }
    assertThat(Stats.of(twenty).p90()).isEqualTo(18);
    // 10 runs: rank 9; 11 runs: rank ceil(9.9) = 10.
    assertThat(Stats.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).p90()).isEqualTo(9);
    assertThat(Stats.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).p90()).isEqualTo(10);
  }

  @Test
  void oneRunIsItsOwnMinMedianP90AndMax() {
    Stats s = Stats.of(List.of(812.5));
    assertThat(List.of(s.min(), s.median(), s.p90(), s.max())).containsOnly(812.5);
  }

  @Test
  void theTargetNeedsMedianAndP90StrictlyUnderOneSecond() {
    assertThat(Stats.of(500, 600, 999.9).underTarget()).isTrue();
    // median 600 but p90 (rank 3 of 3) 1000: not under.
    assertThat(Stats.of(500, 600, 1000).underTarget()).isFalse();
    assertThat(Stats.of(1000).underTarget()).isFalse();
    // 10 runs, one slow outlier above p90's rank: still under.
    assertThat(Stats.of(100, 100, 100, 100, 100, 100, 100, 100, 100, 5000).underTarget()).isTrue();
  }

  @Test
  void noTimesIsAnError() {
    assertThatThrownBy(() -> Stats.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theInputIsNotReordered() {
    double[] times = {3, 1, 2};
    Stats.of(times);
    assertThat(times).containsExactly(3, 1, 2);
  }
}
