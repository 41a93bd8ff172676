package io.qgate.qkd.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.qkd.bits.BitArray;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Protocol mechanics of Cascade, independent of the efficiency figures. */
class CascadeTest {

  @Property(tries = 300)
  void onlyWrongBitsAreEverFlipped(
      @ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @DoubleRange(min = 0.001, max = 0.2) @Scale(4) double qber,
      @ForAll long seed,
      @ForAll CascadeVariant variant) {
    BitArray[] keys = CascadeSimulation.frame(n, qber, new SplittableRandom(seed));
    BitArray aliceBefore = keys[0].copy();
    BitArray bobBefore = keys[1].copy();

    ReconciliationResult result = new Cascade(variant, seed).reconcile(keys[0], keys[1], qber);

    // A flip happens only where bisection isolated a single bit of odd error parity.
    BitArray changed = result.corrected().copy();
    changed.xor(bobBefore);
    BitArray wrongBefore = bobBefore.copy();
    wrongBefore.xor(aliceBefore);
    assertThat(changed.hammingDistance(wrongBefore))
        .isEqualTo(wrongBefore.bitCount() - changed.bitCount());
    assertThat(keys[0]).isEqualTo(aliceBefore);
    assertThat(keys[1]).isEqualTo(bobBefore);
    assertThat(result.disclosedBits()).isPositive();
  }

  @Test
  void blockSizesFollowThePublishedSchedules() {
    assertThat(CascadeVariant.ORIGINAL.blockSizes(0.02, 100_000)).containsExactly(37, 74, 148, 296);
    assertThat(CascadeVariant.YAN.blockSizes(0.02, 100_000))
        .startsWith(40, 200, 50_000)
        .hasSize(10);
    assertThat(CascadeVariant.OPTIMIZED.blockSizes(0.02, 100_000))
        .startsWith(64, 512, 4096, 50_000)
        .hasSize(14);
    assertThat(CascadeVariant.ORIGINAL.blockSizes(0.02, 50)).containsExactly(37, 50, 50, 50);
  }

  @Test
  void errorFreeFramesDiscloseOnlyTopLevelParities() {
    BitArray key = BitArray.random(10_000, new SplittableRandom(1));
    ReconciliationResult result =
        new Cascade(CascadeVariant.ORIGINAL, 1).reconcile(key, key.copy(), 0.02);

    // ⌈10000/37⌉ + ⌈10000/74⌉ + ⌈10000/148⌉ + ⌈10000/296⌉ = 271 + 136 + 68 + 34
    assertThat(result.disclosedBits()).isEqualTo(509);
    assertThat(result.messages()).isEqualTo(4);
    assertThat(result.corrected()).isEqualTo(key);
  }

  @Test
  void typicalFrameIsFullyCorrectedInAFewDozenRounds() {
    BitArray[] keys = CascadeSimulation.frame(100_000, 0.02, new SplittableRandom(8));
    ReconciliationResult result =
        new Cascade(CascadeVariant.ORIGINAL, 8).reconcile(keys[0], keys[1], 0.02);

    assertThat(result.corrected()).isEqualTo(keys[0]);
    assertThat(result.messages()).isBetween(20L, 200L);
    assertThat(result.efficiency(0.02)).isBetween(1.1, 1.25);
  }

  @Test
  void variantsAreNamedOnTheCommandLine() {
    assertThat(CascadeVariant.byName("Yan")).isEqualTo(CascadeVariant.YAN);
    assertThatThrownBy(() -> CascadeVariant.byName("biconf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("original, yan, optimized");
  }

  @Test
  void inputsAreChecked() {
    Cascade cascade = new Cascade(CascadeVariant.ORIGINAL, 1);
    assertThatThrownBy(() -> cascade.reconcile(new BitArray(8), new BitArray(9), 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cascade.reconcile(new BitArray(8), new BitArray(8), 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
