package io.qgate.qkd.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded simulations of the estimation step: over many random samples, each bound must hold with
 * frequency at least 1 − ε (up to three binomial standard deviations of the simulation itself).
 */
class BoundCoverageTest {

  private static final int TRIALS = 4000;

  /**
   * Tomamichel et al. 2012, Supplementary Note 2 (Serfling 1974): whatever the errors in the N = n
   * + k bits, Pr[Λ_key ≥ Λ_sample + μ] ≤ ε. The errors sit anywhere; only the sample is random —
   * exactly the protocol's situation, with Eve choosing the errors.
   */
  @ParameterizedTest
  @CsvSource({
    "1000, 100, 30, 0.1",
    "1000, 100, 100, 0.1",
    "2000, 1000, 40, 0.05",
    "500, 50, 250, 0.2",
    "4000, 400, 0, 0.1"
  })
  void serflingBoundCoversTheKeptBitsErrorRate(int total, int sampled, int errors, double eps) {
    SplittableRandom random = new SplittableRandom(total * 31L + errors);
    int failures = 0;
    for (int t = 0; t < TRIALS; t++) {
      // Errors at positions 0..W−1: with a uniformly random sample that is no loss of generality.
      int sampleErrors = errorsAmong(SampleSelection.choose(total, sampled, random), errors);
      QberEstimate estimate =
          new ParameterEstimation(eps).fromCounts(total - sampled, sampled, sampleErrors);
      double keptRate = (double) (errors - sampleErrors) / (total - sampled);
      if (keptRate > estimate.upperBound()) {
        failures++;
      }
    }
    assertThat((double) failures / TRIALS).isLessThanOrEqualTo(allowed(eps));
  }

  /**
   * Lim et al. 2014 Eq. 5 / B2 (Fung, Ma, Chau 2010): c tested events with error rate b bound the
   * error rate of d untested ones by b + γ(a, b, c, d) except with probability a.
   */
  @ParameterizedTest
  @CsvSource({
    "3000, 500, 2500, 90, 0.05",
    "3000, 1500, 1500, 300, 0.05",
    "2000, 200, 1800, 20, 0.1"
  })
  void randomSamplingBoundCoversTheUntestedErrorRate(
      int total, int tested, int untested, int errors, double a) {
    SplittableRandom random = new SplittableRandom(tested * 17L + errors);
    int failures = 0;
    for (int t = 0; t < TRIALS; t++) {
      int testErrors = errorsAmong(SampleSelection.choose(total, tested, random), errors);
      double bound =
          RandomSamplingBound.errorRateBound(a, (double) testErrors / tested, tested, untested);
      if ((double) (errors - testErrors) / untested > bound) {
        failures++;
      }
    }
    assertThat((double) failures / TRIALS).isLessThanOrEqualTo(allowed(a));
  }

  /** Lim et al. 2014 Eq. A1 (Hoeffding 1963): |n* − n| ≤ δ(n, ε) except with probability 2ε. */
  @ParameterizedTest
  @CsvSource({"1000, 0.3, 0.05", "10000, 0.01, 0.05", "200, 0.5, 0.1"})
  void hoeffdingBoundCoversABinomialCount(int events, double p, double eps) {
    SplittableRandom random = new SplittableRandom(events);
    double delta = HoeffdingBound.deviation(events, eps);
    int failures = 0;
    for (int t = 0; t < TRIALS; t++) {
      int count = 0;
      for (int i = 0; i < events; i++) {
        count += random.nextDouble() < p ? 1 : 0;
      }
      if (Math.abs(count - events * p) > delta) {
        failures++;
      }
    }
    assertThat((double) failures / TRIALS).isLessThanOrEqualTo(allowed(2 * eps));
  }

  private static int errorsAmong(int[] sample, int errors) {
    int count = 0;
    for (int position : sample) {
      if (position < errors) {
        count++;
      }
    }
    return count;
  }

  private static double allowed(double eps) {
    return eps + 3 * Math.sqrt(eps * (1 - eps) / TRIALS);
  }
}
