package io.qgate.qkd.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.qkd.bits.BitArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParameterEstimationTest {

  @Test
  void countsSampleErrorsAndKeepsTheOtherBitsOnBothSides() {
    SplittableRandom random = new SplittableRandom(3);
    BitArray alice = BitArray.random(10_000, random);
    BitArray bob = alice.copy();
    for (int i = 0; i < 10_000; i += 25) {
      bob.flip(i); // 4% errors
    }

    EstimationOutcome outcome =
        new ParameterEstimation(1e-9).estimate(alice, bob, 1000, new SplittableRandom(11));

    int[] sample = outcome.samplePositions();
    long errorsInSample = java.util.Arrays.stream(sample).filter(i -> i % 25 == 0).count();
    assertThat(outcome.estimate().sampleErrors()).isEqualTo(errorsInSample);
    assertThat(outcome.estimate().sampledBits()).isEqualTo(1000);
    assertThat(outcome.aliceKey().length()).isEqualTo(9000);
    assertThat(outcome.aliceKey().hammingDistance(outcome.bobKey()))
        .isEqualTo(400 - (int) errorsInSample);
    int[] kept = SampleSelection.complement(10_000, sample);
    assertThat(outcome.aliceKey()).isEqualTo(alice.gather(kept));
  }

  @Test
  void theBoundLiesAboveThePointEstimate() {
    QberEstimate estimate = new ParameterEstimation(1e-10).fromCounts(90_000, 10_000, 200);

    assertThat(estimate.qber()).isEqualTo(0.02);
    assertThat(estimate.upperBound()).isGreaterThan(0.02).isLessThan(0.06);
    assertThat(estimate.withinTolerance(0.02)).isTrue();
    assertThat(estimate.withinTolerance(0.019)).isFalse();
  }

  @Test
  void rejectsKeysOfDifferentLengthAndEmptyParts() {
    ParameterEstimation estimation = new ParameterEstimation(0.01);
    assertThatThrownBy(
            () ->
                estimation.estimate(new BitArray(10), new BitArray(11), 2, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                estimation.estimate(
                    new BitArray(10), new BitArray(10), 10, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
