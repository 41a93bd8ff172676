package io.qgate.qkd.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SampleSelectionTest {

  @Property
  void choosesKDistinctAscendingPositionsAndTheComplementHasTheRest(
      @ForAll @IntRange(min = 0, max = 2000) int n,
      @ForAll @IntRange(min = 0, max = 2000) int k,
      @ForAll long seed) {
    int size = Math.min(n, k);
    int[] sample = SampleSelection.choose(n, size, new SplittableRandom(seed));
    int[] rest = SampleSelection.complement(n, sample);

    assertThat(sample).hasSize(size).isSorted();
    assertThat(Arrays.stream(sample).distinct().count()).isEqualTo(size);
    assertThat(IntStream.concat(Arrays.stream(sample), Arrays.stream(rest)).sorted().toArray())
        .isEqualTo(IntStream.range(0, n).toArray());
  }

  /** Each position is chosen with probability k/n: the sample favours no part of the key. */
  @Test
  void everyPositionIsEquallyLikely() {
    int n = 50;
    int k = 10;
    int draws = 40_000;
    int[] hits = new int[n];
    SplittableRandom random = new SplittableRandom(7);
    for (int d = 0; d < draws; d++) {
      for (int i : SampleSelection.choose(n, k, random)) {
        hits[i]++;
      }
    }
    double expected = (double) draws * k / n;
    double sigma = Math.sqrt(expected * (1 - (double) k / n));
    assertThat(Arrays.stream(hits).boxed())
        .allSatisfy(h -> assertThat(Math.abs(h - expected)).isLessThan(5 * sigma));
  }

  @Test
  void sampleSizeKeepsBothPartsNonEmpty() {
    assertThat(SampleSelection.sampleSize(100, 0.1)).isEqualTo(10);
    assertThat(SampleSelection.sampleSize(10, 0.001)).isEqualTo(1);
    assertThat(SampleSelection.sampleSize(10, 0.999)).isEqualTo(9);
  }
}
