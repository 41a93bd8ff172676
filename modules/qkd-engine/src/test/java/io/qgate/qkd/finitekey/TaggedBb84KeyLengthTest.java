package io.qgate.qkd.finitekey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TaggedBb84KeyLengthTest {

  private final SecurityParameters eps = new SecurityParameters(1e-10, 1e-12);

  @Test
  void withoutTaggedBitsItIsTomamichelsEquation2() {
    long n = 900_000;
    long k = 100_000;
    double leak = 150_000;
    double tomamichel =
        Bb84FiniteKey.lengthWithLeakage(new Bb84Block(n + k, k, 0.03, 1.1, eps), leak)
            .lengthBound();
    assertThat(TaggedBb84KeyLength.of(n, k, 0.03, 0, leak, eps).lengthBound())
        .isCloseTo(tomamichel, within(1e-6));
  }

  @Test
  void taggedBitsShortenTheKeyAndAllTaggedGivesNone() {
    double untagged = TaggedBb84KeyLength.of(900_000, 100_000, 0.03, 0, 1e5, eps).lengthBound();
    double tagged = TaggedBb84KeyLength.of(900_000, 100_000, 0.03, 0.2, 1e5, eps).lengthBound();
    assertThat(tagged).isLessThan(0.8 * untagged);
    TaggedBb84KeyLength all = TaggedBb84KeyLength.of(900_000, 100_000, 0.03, 1, 1e5, eps);
    assertThat(all.finalKeyBits()).isZero();
    assertThat(all.shortfall()).contains("GLLP");
  }
}
