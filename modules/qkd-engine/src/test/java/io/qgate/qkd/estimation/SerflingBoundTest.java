package io.qgate.qkd.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SerflingBoundTest {

  /** Tomamichel et al., Nat. Commun. 3, 634 (2012), Eq. 2: μ = sqrt(… · ln(4/ε_sec)). */
  @Test
  void atFailureEpsilonOverFourSquaredItIsTomamichelsMu() {
    long n = 90_000;
    long k = 10_000;
    double epsSec = 1e-10;
    double tomamichel = Math.sqrt((n + k) / (double) (n * k) * (k + 1) / k * Math.log(4 / epsSec));

    assertThat(SerflingBound.deviation(n, k, Math.pow(epsSec / 4, 2)))
        .isCloseTo(tomamichel, within(1e-15));
  }

  @Property
  void failureProbabilityInvertsDeviation(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long kept,
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long sampled,
      @ForAll @DoubleRange(min = 0.3, max = 30) double exponent) {
    double epsilon = Math.pow(10, -exponent);
    double mu = SerflingBound.deviation(kept, sampled, epsilon);

    assertThat(SerflingBound.failureProbability(kept, sampled, mu))
        .isCloseTo(epsilon, within(epsilon * 1e-9));
  }

  @Property
  void moreSampleBitsNarrowTheBound(
      @ForAll @LongRange(min = 1, max = 1_000_000) long kept,
      @ForAll @LongRange(min = 1, max = 1_000_000) long sampled) {
    assertThat(SerflingBound.deviation(kept, sampled + 1, 1e-6))
        .isLessThan(SerflingBound.deviation(kept, sampled, 1e-6));
  }

  @Test
  void rejectsEmptySetsAndImpossibleProbabilities() {
    assertThatThrownBy(() -> SerflingBound.deviation(0, 5, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SerflingBound.deviation(5, 5, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
