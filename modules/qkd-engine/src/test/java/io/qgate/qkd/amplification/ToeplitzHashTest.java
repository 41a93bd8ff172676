package io.qgate.qkd.amplification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.qkd.bits.BitArray;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The fast Toeplitz hash must equal the GF(2) matrix product bit for bit. */
class ToeplitzHashTest {

  @Property(tries = 200)
  void ternaryFftEqualsTheDirectProduct(
      @ForAll @IntRange(min = 1, max = 5000) int n,
      @ForAll @IntRange(min = 1, max = 5000) int l,
      @ForAll long seed) {
    int outputBits = Math.min(l, n);
    SplittableRandom random = new SplittableRandom(seed);
    BitArray input = BitArray.random(n, random);
    BitArray key = BitArray.random(ToeplitzHash.seedBits(n, outputBits), random);

    assertThat(ToeplitzHash.hashFft(input, key, outputBits))
        .isEqualTo(ToeplitzHash.hashDirect(input, key, outputBits));
  }

  @Property(tries = 30)
  void outputRowsSplitIntoPartsGiveTheSameHash(
      @ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @IntRange(min = 1, max = 3000) int l,
      @ForAll @IntRange(min = 1, max = 4) int parts,
      @ForAll long seed) {
    int outputBits = Math.min(l, n);
    SplittableRandom random = new SplittableRandom(seed);
    BitArray input = BitArray.random(n, random);
    BitArray key = BitArray.random(ToeplitzHash.seedBits(n, outputBits), random);

    assertThat(FftToeplitz.plan(n, outputBits, parts).hash(input, key, outputBits))
        .isEqualTo(ToeplitzHash.hashDirect(input, key, outputBits));
  }

  @Test
  void largeInputsAgreeToo() {
    SplittableRandom random = new SplittableRandom(3);
    for (int[] size : new int[][] {{60_000, 30_000}, {40_000, 1_000}, {25_000, 25_000}}) {
      BitArray input = BitArray.random(size[0], random);
      BitArray seed = BitArray.random(ToeplitzHash.seedBits(size[0], size[1]), random);
      assertThat(ToeplitzHash.hash(input, seed, size[1]))
          .isEqualTo(ToeplitzHash.hashDirect(input, seed, size[1]));
    }
  }

  @Test
  void smallExampleByHand() {
    // T[i][j] = s[i - j + n - 1]: rows (s2 s1 s0) = (1 0 1) and (s3 s2 s1) = (1 1 0).
    BitArray x = BitArray.parse("110");
    BitArray s = BitArray.parse("1011");
    assertThat(ToeplitzHash.hashDirect(x, s, 2)).isEqualTo(BitArray.parse("10"));
    assertThat(ToeplitzHash.hashFft(x, s, 2)).isEqualTo(BitArray.parse("10"));
  }

  @Test
  void fixedRegressionVector() throws Exception {
    SplittableRandom random = new SplittableRandom(20190101L);
    BitArray input = BitArray.random(20_000, random);
    BitArray seed = BitArray.random(20_000 + 9_000 - 1, random);

    BitArray hash = ToeplitzHash.hashFft(input, seed, 9_000);

    assertThat(hash.bitCount()).isEqualTo(4471);
    assertThat(hash.word(0)).isEqualTo(0xf75ade9b1d8c2c24L);
    assertThat(sha256(hash))
        .isEqualTo("9cefd750cdf2f77c6782fd441089468e3babd10b1131351d4ba8501f3cff3ff5");
  }

  @Test
  void hashingIsLinear() {
    SplittableRandom random = new SplittableRandom(5);
    BitArray a = BitArray.random(50_000, random);
    BitArray b = BitArray.random(50_000, random);
    BitArray seed = BitArray.random(ToeplitzHash.seedBits(50_000, 20_000), random);
    BitArray sum = a.copy();
    sum.xor(b);
    BitArray expected = ToeplitzHash.hash(a, seed, 20_000);
    expected.xor(ToeplitzHash.hash(b, seed, 20_000));
    assertThat(ToeplitzHash.hash(sum, seed, 20_000)).isEqualTo(expected);
  }

  @Test
  void seedLengthIsChecked() {
    assertThatThrownBy(() -> ToeplitzHash.hash(new BitArray(10), new BitArray(10), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n + l - 1 = 14");
    assertThatThrownBy(() -> ToeplitzHash.hash(new BitArray(10), new BitArray(30), 11))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void privacyAmplificationConsumesNPlusLMinusOneSeedBits() {
    BitArray key = BitArray.random(10_000, new SplittableRandom(1));
    PrivacyAmplification.AmplifiedKey alice =
        PrivacyAmplification.apply(key, 6_000, new SplittableRandom(99));
    PrivacyAmplification.AmplifiedKey bob =
        PrivacyAmplification.apply(key.copy(), 6_000, new SplittableRandom(99));
    assertThat(alice.key()).isEqualTo(bob.key());
    assertThat(alice.key().length()).isEqualTo(6_000);
    assertThat(alice.seedBits()).isEqualTo(15_999);
  }

  private static String sha256(BitArray bits) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (long word : bits.toWords()) {
      for (int i = 0; i < 8; i++) {
        digest.update((byte) (word >>> (8 * i)));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
