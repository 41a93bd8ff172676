package io.qgate.qkd.amplification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Carry-less products against shift-and-XOR, across the comb and Karatsuba sizes. */
class Gf2MultiplierTest {

  @Property(tries = 100)
  void productEqualsShiftAndXor(@ForAll @IntRange(min = 1, max = 40) int words, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] a = new long[words];
    long[] b = new long[words];
    for (int w = 0; w < words; w++) {
      a[w] = random.nextLong();
      b[w] = random.nextLong();
    }
    long[] product = new long[2 * words];
    new Gf2Multiplier(words).multiply(a, 0, b, 0, product, 0);

    long[] expected = new long[2 * words];
    for (int i = 0; i < 64 * words; i++) {
      if ((a[i >>> 6] >>> i & 1) != 0) {
        Words.xorAtBit(expected, i, b, 0, words);
      }
    }
    assertThat(product).containsExactly(expected);
  }
}
