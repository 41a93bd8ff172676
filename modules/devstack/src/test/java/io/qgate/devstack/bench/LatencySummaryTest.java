package io.qgate.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

  @Test
  void percentilesAreNearestRank() {
    long[] values = LongStream.rangeClosed(1, 100).toArray();
    shuffle(values);

    LatencySummary summary = LatencySummary.of(values);

    assertThat(summary.count()).isEqualTo(100);
    assertThat(summary.p50()).isEqualTo(50);
    assertThat(summary.p90()).isEqualTo(90);
    assertThat(summary.p99()).isEqualTo(99);
    assertThat(summary.p999()).isEqualTo(100); // rank ceil(99.9) = 100
    assertThat(summary.maxNanos()).isEqualTo(100);
    assertThat(summary.meanNanos()).isEqualTo(51); // 50.5 rounded
  }

  @Test
  void p999NeedsAThousandValuesToDifferFromTheMaximum() {
    long[] values = LongStream.rangeClosed(1, 1000).toArray();
    shuffle(values);

    LatencySummary summary = LatencySummary.of(values);

    assertThat(summary.p50()).isEqualTo(500);
    assertThat(summary.p99()).isEqualTo(990);
    assertThat(summary.p999()).isEqualTo(999);
    assertThat(summary.maxNanos()).isEqualTo(1000);
  }

  @Test
  void oneValueIsEveryPercentile() {
    LatencySummary summary = LatencySummary.of(new long[] {7});

    assertThat(summary)
        .extracting(
            LatencySummary::p50,
            LatencySummary::p90,
            LatencySummary::p99,
            LatencySummary::p999,
            LatencySummary::maxNanos,
            LatencySummary::meanNanos)
        .containsOnly(7L);
  }

  @Test
  void noValuesGiveZeros() {
    assertThat(LatencySummary.of(new long[0])).isEqualTo(new LatencySummary(0, 0, 0, 0, 0, 0, 0));
    assertThat(LatencySummary.of(List.of(new LatencyRecorder())).count()).isZero();
  }

  @Test
  void recordersGrowAndMerge() {
    LatencyRecorder a = new LatencyRecorder();
    LatencyRecorder b = new LatencyRecorder();
    for (long i = 1; i <= 5000; i++) {
      (i % 2 == 0 ? a : b).record(i * 1_000_000L); // 1 ms .. 5000 ms
    }

    LatencySummary summary = LatencySummary.of(List.of(a, b));

    assertThat(a.size()).isEqualTo(2500);
    assertThat(summary.count()).isEqualTo(5000);
    assertThat(summary.p50()).isEqualTo(2500_000_000L);
    assertThat(summary.p99()).isEqualTo(4950_000_000L);
    assertThat(summary.p999()).isEqualTo(4995_000_000L);
    assertThat(LatencySummary.millis(summary.p99())).isEqualTo(4950.0);
  }

  @Test
  void outliersMoveTheTailNotTheMedian() {
    long[] values = new long[10_000];
    java.util.Arrays.fill(values, 2_000_000L); // 2 ms
    for (int i = 0; i < 150; i++) {
      values[i * 60] = 900_000_000L; // 1.5% at 900 ms
    }

    LatencySummary summary = LatencySummary.of(values);

    assertThat(summary.p50()).isEqualTo(2_000_000L);
    assertThat(summary.p90()).isEqualTo(2_000_000L);
    assertThat(summary.p99()).isEqualTo(900_000_000L);
    assertThat(summary.maxNanos()).isEqualTo(900_000_000L);
  }

  private static void shuffle(long[] values) {
    java.util.Random random = new java.util.Random(42);
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }
}
