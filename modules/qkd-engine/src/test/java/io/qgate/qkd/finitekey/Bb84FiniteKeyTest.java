package io.qgate.qkd.finitekey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.information.ShannonEntropy;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Tomamichel et al., Nat. Commun. 3, 634 (2012), Eq. 2: arithmetic and monotonicity. */
class Bb84FiniteKeyTest {

  private static final SecurityParameters EPS = new SecurityParameters(1e-10, 1e-12);

  private static Bb84KeyLength length(long sifted, long sample, double qTol) {
    return Bb84FiniteKey.length(new Bb84Block(sifted, sample, qTol, 1.16, EPS));
  }

  @Test
  void termsFollowEquationTwo() {
    Bb84KeyLength l = length(1_000_000, 100_000, 0.02);
    long n = 900_000;
    double mu =
        Math.sqrt((n + 100_000.0) / (n * 100_000.0) * 100_001.0 / 100_000 * Math.log(4 / 1e-10));

    assertThat(l.mu()).isCloseTo(mu, within(1e-12));
    assertThat(l.entropyBits())
        .isCloseTo(n * (1 - ShannonEntropy.binaryOfErrorBound(0.02 + mu)), within(1e-6));
    assertThat(l.leakBits())
        .isCloseTo(1.16 * n * ShannonEntropy.binaryOfErrorBound(0.02), within(1e-6));
    assertThat(l.penaltyBits())
        .isCloseTo(Math.log(2 / (1e-20 * 1e-12)) / Math.log(2), within(1e-9));
    assertThat(l.finalKeyBits()).isEqualTo((long) Math.floor(l.lengthBound()));
    assertThat(l.enoughKey()).isTrue();
    assertThat(l.shortfall()).isNull();
  }

  @Test
  void aTinySampleLeavesNoKeyAndSaysWhy() {
    Bb84KeyLength l = length(1000, 10, 0.01);

    assertThat(l.finalKeyBits()).isZero();
    assertThat(l.lengthBound()).isNegative();
    assertThat(l.shortfall()).startsWith("not enough key").contains("1/2");
  }

  @Test
  void aHighToleranceLeavesNoKeyFromLeakage() {
    Bb84KeyLength l = length(10_000_000, 1_000_000, 0.10);

    assertThat(l.finalKeyBits()).isZero();
    assertThat(l.shortfall()).contains("leak_EC");
  }

  @Property
  void keyGrowsWithTheBlock(
      @ForAll @LongRange(min = 100, max = 100_000_000L) long sifted,
      @ForAll @LongRange(min = 1, max = 100_000_000L) long more,
      @ForAll @DoubleRange(min = 0.01, max = 0.5) double fraction,
      @ForAll @DoubleRange(min = 0, max = 0.12) double qTol) {
    long sample = Math.max(1, Math.round(fraction * sifted));
    Assume.that(sample < sifted);
    long largerSample = Math.max(1, Math.round(fraction * (sifted + more)));
    assertThat(length(sifted + more, largerSample, qTol).finalKeyBits())
        .isGreaterThanOrEqualTo(length(sifted, sample, qTol).finalKeyBits());
  }

  @Property
  void keyFallsWithTheTolerance(
      @ForAll @LongRange(min = 100, max = 100_000_000L) long sifted,
      @ForAll @DoubleRange(min = 0, max = 0.2) double qTol,
      @ForAll @DoubleRange(min = 0, max = 0.2) double more) {
    long sample = Math.max(1, sifted / 10);
    assertThat(length(sifted, sample, qTol + more).lengthBound())
        .isLessThanOrEqualTo(length(sifted, sample, qTol).lengthBound());
  }

  @Property
  void stricterEpsilonsCostKey(
      @ForAll @LongRange(min = 100, max = 100_000_000L) long sifted,
      @ForAll @DoubleRange(min = 0.3, max = 30) double secExponent,
      @ForAll @DoubleRange(min = 0.3, max = 30) double corExponent,
      @ForAll @DoubleRange(min = 0, max = 6) double stricter) {
    long sample = sifted / 5;
    double epsSec = Math.pow(10, -secExponent);
    double epsCor = Math.pow(10, -corExponent);
    double factor = Math.pow(10, -stricter);
    Bb84Block loose =
        new Bb84Block(sifted, sample, 0.02, 1.1, new SecurityParameters(epsSec, epsCor));
    Bb84Block stricterSec =
        new Bb84Block(sifted, sample, 0.02, 1.1, new SecurityParameters(epsSec * factor, epsCor));
    Bb84Block stricterCor =
        new Bb84Block(sifted, sample, 0.02, 1.1, new SecurityParameters(epsSec, epsCor * factor));
    double base = Bb84FiniteKey.length(loose).lengthBound();
    assertThat(Bb84FiniteKey.length(stricterSec).lengthBound()).isLessThanOrEqualTo(base);
    assertThat(Bb84FiniteKey.length(stricterCor).lengthBound()).isLessThanOrEqualTo(base);
  }

  /**
   * Tomamichel 2012, Discussion: with k ∝ n^¾ (any k/n → 0, k → ∞) μ → 0 and ℓ/n reaches the
   * asymptotic 1 − h(Q) − f·h(Q) — here checked to shrink decade by decade and end below 1%.
   */
  @Property
  void approachesTheAsymptoticRate(
      @ForAll @DoubleRange(min = 0.001, max = 0.08) @Scale(4) double q,
      @ForAll @DoubleRange(min = 1.0, max = 1.3) double f) {
    double previousGap = Double.MAX_VALUE;
    for (long sifted = 1_000_000; sifted <= 1_000_000_000_000L; sifted *= 100) {
      long sample = Math.round(Math.pow(sifted, 0.75));
      Bb84Block block = new Bb84Block(sifted, sample, q, f, EPS);
      double asymptotic = Bb84FiniteKey.asymptoticLength(block.keyBits(), q, f);
      double gap = (asymptotic - Bb84FiniteKey.length(block).lengthBound()) / block.keyBits();
      assertThat(gap).isPositive().isLessThan(previousGap);
      previousGap = gap;
    }
    assertThat(previousGap).isLessThan(0.01);
  }

  @Test
  void blockRejectsImpossibleInputs() {
    assertThatThrownBy(() -> new Bb84Block(10, 10, 0.01, 1.1, EPS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bb84Block(10, 0, 0.01, 1.1, EPS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bb84Block(10, 1, 0.5, 1.1, EPS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bb84Block(10, 1, 0.01, 0.9, EPS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SecurityParameters(0, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
