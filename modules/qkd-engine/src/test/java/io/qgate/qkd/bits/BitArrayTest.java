package io.qgate.qkd.bits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** BitArray against a boolean[] model, at lengths around word boundaries. */
class BitArrayTest {

  @Provide
  Arbitrary<boolean[]> bits() {
    return Arbitraries.integers()
        .between(0, 300)
        .flatMap(n -> Arbitraries.of(true, false).array(boolean[].class).ofSize(n));
  }

  @Provide
  Arbitrary<boolean[][]> pairs() {
    return Arbitraries.integers()
        .between(0, 300)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.of(true, false).array(boolean[].class).ofSize(n),
                        Arbitraries.of(true, false).array(boolean[].class).ofSize(n))
                    .as((a, b) -> new boolean[][] {a, b}));
  }

  private static BitArray of(boolean[] model) {
    BitArray bits = new BitArray(model.length);
    for (int i = 0; i < model.length; i++) {
      bits.set(i, model[i]);
    }
    return bits;
  }

  @Property
  void getReturnsWhatWasSetAndBitCountCountsOnes(@ForAll("bits") boolean[] model) {
    BitArray bits = of(model);
    int ones = 0;
    for (int i = 0; i < model.length; i++) {
      assertThat(bits.get(i)).isEqualTo(model[i]);
      ones += model[i] ? 1 : 0;
    }
    assertThat(bits.bitCount()).isEqualTo(ones);
    if (model.length <= 128) {
      assertThat(BitArray.parse(bits.toString())).isEqualTo(bits);
    }
  }

  @Property
  void flipInvertsOneBit(@ForAll("bits") boolean[] model, @ForAll @IntRange(max = 299) int i) {
    if (model.length == 0) {
      return;
    }
    int at = i % model.length;
    BitArray bits = of(model);
    bits.flip(at);
    model[at] = !model[at];
    assertThat(bits).isEqualTo(of(model));
  }

  @Property
  void xorAndHammingDistanceAgreeWithTheModel(@ForAll("pairs") boolean[][] pair) {
    BitArray a = of(pair[0]);
    BitArray b = of(pair[1]);
    int distance = 0;
    boolean[] xor = new boolean[pair[0].length];
    for (int i = 0; i < xor.length; i++) {
      xor[i] = pair[0][i] ^ pair[1][i];
      distance += xor[i] ? 1 : 0;
    }
    assertThat(a.hammingDistance(b)).isEqualTo(distance);
    a.xor(b);
    assertThat(a).isEqualTo(of(xor));
  }

  @Property
  void rangeParityIsTheXorOfTheRange(
      @ForAll("bits") boolean[] model,
      @ForAll @IntRange(max = 300) int x,
      @ForAll @IntRange(max = 300) int y) {
    int from = Math.min(x, y) % (model.length + 1);
    int to = Math.max(from, Math.max(x, y) % (model.length + 1));
    int parity = 0;
    for (int i = from; i < to; i++) {
      parity ^= model[i] ? 1 : 0;
    }
    assertThat(of(model).parity(from, to)).isEqualTo(parity);
  }

  @Property
  void sliceAndGetBitsCopyTheRange(
      @ForAll("bits") boolean[] model,
      @ForAll @IntRange(max = 300) int x,
      @ForAll @IntRange(max = 64) int count) {
    int from = x % (model.length + 1);
    int to = Math.min(model.length, from + count);
    BitArray bits = of(model);
    BitArray slice = bits.slice(from, to);
    long packed = bits.getBits(from, to - from);
    for (int i = from; i < to; i++) {
      assertThat(slice.get(i - from)).isEqualTo(model[i]);
      assertThat((packed >>> (i - from) & 1) != 0).isEqualTo(model[i]);
    }
    assertThat(slice.length()).isEqualTo(to - from);
  }

  @Property
  void permuteUndoesGatherWithTheSamePermutation(
      @ForAll("bits") boolean[] model, @ForAll long seed) {
    int n = model.length;
    int[] permutation = new int[n];
    for (int i = 0; i < n; i++) {
      permutation[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = t;
    }
    BitArray bits = of(model);
    BitArray gathered = bits.gather(permutation);
    for (int i = 0; i < n; i++) {
      assertThat(gathered.get(i)).isEqualTo(model[permutation[i]]);
    }
    assertThat(gathered.permute(permutation)).isEqualTo(bits);
  }

  @Property
  void equalArraysHaveEqualHashCodes(@ForAll("bits") boolean[] model) {
    BitArray a = of(model);
    BitArray b = BitArray.fromWords(a.toWords(), a.length());
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.copy()).isEqualTo(a);
  }

  @Test
  void gatherMayRepeatIndices() {
    BitArray bits = BitArray.parse("0110");
    assertThat(bits.gather(new int[] {1, 1, 0, 3, 2})).isEqualTo(BitArray.parse("11001"));
  }

  @Test
  void randomFillIsReproducibleAndKeepsTheTailClear() {
    BitArray a = BitArray.random(100, new SplittableRandom(7));
    BitArray b = BitArray.random(100, new SplittableRandom(7));
    assertThat(a).isEqualTo(b);
    assertThat(a.word(1) >>> 36).isZero();
    assertThat(a.bitCount()).isBetween(30, 70);
    assertThat(BitArray.fromWords(new long[] {-1L, -1L}, 70).bitCount()).isEqualTo(70);
  }

  @Test
  void lengthsAndIndicesAreChecked() {
    BitArray bits = new BitArray(10);
    assertThatThrownBy(() -> bits.get(10)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> bits.parity(3, 11)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> bits.xor(new BitArray(11)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BitArray.parse("01x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new BitArray(0).bitCount()).isZero();
  }
}
