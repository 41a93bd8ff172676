package io.qgate.qkd.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.qkd.bits.BitArray;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ErrorVerificationTest {

  @Property(tries = 300)
  void differentKeysAreDetected(
      @ForAll @IntRange(min = 64, max = 20_000) int n,
      @ForAll @IntRange(min = 1, max = 50) int differences,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BitArray alice = BitArray.random(n, random);
    BitArray bob = alice.copy();
    bob.flip(random.nextInt(n)); // at least one difference
    for (int d = 1; d < differences; d++) {
      bob.flip(random.nextInt(n));
    }
    if (bob.equals(alice)) {
      bob.flip(0);
    }
    VerificationResult result = new ErrorVerification(64).verify(alice, bob, random);

    // Fails with probability 2^-64 per try: never, for these fixed seeds.
    assertThat(result.passed()).isFalse();
  }

  @Property(tries = 100)
  void identicalKeysPass(@ForAll @IntRange(min = 1, max = 20_000) int n, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BitArray key = BitArray.random(n, random);
    VerificationResult result = new ErrorVerification(64).verify(key, key.copy(), random);

    assertThat(result.passed()).isTrue();
    assertThat(result.disclosedBits()).isEqualTo(Math.min(64, n));
    assertThat(result.seedBits()).isEqualTo(n + Math.min(64, n) - 1);
  }

  @Test
  void shortTagsCollideAtTheirEpsilon() {
    // Universal hashing: for fixed x ≠ y, Pr_seed[T x = T y] = 2^-t (Krawczyk 1994). With t = 4,
    // 4000 checks of a fixed differing pair pass about 250 times (binomial sd ≈ 15.3).
    ErrorVerification check = new ErrorVerification(4);
    SplittableRandom random = new SplittableRandom(42);
    BitArray alice = BitArray.random(1_000, random);
    BitArray bob = alice.copy();
    bob.flip(17);
    bob.flip(400);
    int passed = 0;
    for (int trial = 0; trial < 4_000; trial++) {
      passed += check.verify(alice, bob, random).passed() ? 1 : 0;
    }
    assertThat(passed).isBetween(250 - 77, 250 + 77);
    assertThat(check.epsilonCorrect()).isEqualTo(1.0 / 16);
  }

  @Test
  void keysShorterThanTheTagGetShorterTagsAndALargerEpsilon() {
    VerificationResult result =
        new ErrorVerification(64)
            .verify(BitArray.parse("1011"), BitArray.parse("1011"), new SplittableRandom(1));

    assertThat(result.disclosedBits()).isEqualTo(4);
    assertThat(result.epsilonCorrect()).isEqualTo(1.0 / 16);
  }

  @Test
  void tagLengthForATargetEpsilon() {
    assertThat(ErrorVerification.tagBitsFor(1e-10)).isEqualTo(34);
    assertThat(ErrorVerification.tagBitsFor(0.5)).isEqualTo(1);
    assertThatThrownBy(() -> new ErrorVerification(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bothPartiesComputeTheSameTagFromTheSharedSeed() {
    ErrorVerification check = new ErrorVerification(48);
    BitArray key = BitArray.random(5_000, new SplittableRandom(1));
    BitArray aliceSeed = check.drawSeed(5_000, new SplittableRandom(77));
    BitArray bobSeed = check.drawSeed(5_000, new SplittableRandom(77));

    assertThat(check.tag(key, aliceSeed)).isEqualTo(check.tag(key.copy(), bobSeed));
    assertThat(check.tag(key, aliceSeed).length()).isEqualTo(48);
  }
}
