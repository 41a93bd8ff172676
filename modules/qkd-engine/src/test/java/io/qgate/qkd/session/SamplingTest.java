package io.qgate.qkd.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class SamplingTest {

  @Property(tries = 30)
  void aliasTableDrawsInProportionToTheWeights(
      @ForAll @IntRange(min = 1, max = 12) int size, @ForAll("seeds") long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] weights = random.doubles(size, 0, 1).toArray();
    weights[0] += 1e-3;
    AliasTable table = new AliasTable(weights);
    int draws = 200_000;
    long[] counts = new long[size];
    for (int i = 0; i < draws; i++) {
      counts[table.sample(random)]++;
    }
    double total = Arrays.stream(weights).sum();
    for (int i = 0; i < size; i++) {
      double p = weights[i] / total;
      double sigma = Math.sqrt(p * (1 - p) / draws);
      assertThat((double) counts[i] / draws).isCloseTo(p, within(5 * sigma + 1e-9));
    }
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 20)
  void geometricGapsGiveBinomialCountsAndStopAtTheLastPulse(
      @ForAll @DoubleRange(min = 1e-4, max = 0.5) @Scale(6) double p) {
    long pulses = (long) (50_000 / p);
    GeometricGaps gaps = new GeometricGaps(p, pulses);
    SplittableRandom random = new SplittableRandom(42);
    long clicks = 0;
    long last = 0;
    for (long pulse; (pulse = gaps.next(random)) > 0; clicks++) {
      assertThat(pulse).isGreaterThan(last).isLessThanOrEqualTo(pulses);
      last = pulse;
    }
    assertThat(gaps.exhausted()).isTrue();
    assertThat(gaps.pulsesSent()).isEqualTo(pulses);
    double sigma = Math.sqrt(pulses * p * (1 - p));
    assertThat((double) clicks).isCloseTo(pulses * p, within(5 * sigma));
  }

  @Test
  void certainClicksAndNoClicks() {
    GeometricGaps always = new GeometricGaps(1, 3);
    SplittableRandom random = new SplittableRandom(1);
    assertThat(always.next(random)).isEqualTo(1);
    assertThat(always.next(random)).isEqualTo(2);
    assertThat(always.next(random)).isEqualTo(3);
    assertThat(always.next(random)).isEqualTo(-1);
    GeometricGaps never = new GeometricGaps(0, 1_000_000);
    assertThat(never.next(random)).isEqualTo(-1);
    assertThat(never.pulsesSent()).isEqualTo(1_000_000);
  }
}
