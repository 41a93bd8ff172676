package io.qgate.qkd.sifting;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.qkd.bits.BitArray;
import org.junit.jupiter.api.Test;

class SifterTest {

  private static Detections detections(int[][] rows) {
    Detections d = new Detections(rows.length);
    for (int i = 0; i < rows.length; i++) {
      int[] r = rows[i]; // alice setting, bob setting, alice bit, bob bit, label
      d.add(i + 1, r[4], Detections.flags(r[0], r[1], r[2], r[3]));
    }
    return d;
  }

  @Test
  void symmetricBb84KeepsMatchingBasesInOrder() {
    Detections d =
        detections(
            new int[][] {{0, 0, 1, 1, 0}, {0, 1, 1, 0, 0}, {1, 1, 0, 1, 0}, {1, 0, 1, 1, 0}});
    SiftedBlock block = new SiftedBlock(100);
    int next = new Sifter(Bb84Sifting.SYMMETRIC).sift(d, 0, block);
    assertThat(next).isEqualTo(4);
    assertThat(block.key().alice()).isEqualTo(BitArray.parse("10"));
    assertThat(block.key().bob()).isEqualTo(BitArray.parse("11"));
    assertThat(block.detections()).isEqualTo(4);
    assertThat(block.test().size()).isZero();
  }

  @Test
  void keyAndTestBasesGoToTheirOwnBitsWithTheIntensityLabel() {
    Detections d =
        detections(
            new int[][] {{0, 0, 1, 1, 2}, {1, 1, 0, 0, 1}, {1, 1, 1, 0, 0}, {0, 1, 0, 0, 0}});
    SiftedBlock block = new SiftedBlock(100);
    new Sifter(Bb84Sifting.KEY_AND_TEST_BASES).sift(d, 0, block);
    assertThat(block.key().size()).isEqualTo(1);
    assertThat(block.key().label(0)).isEqualTo(2);
    assertThat(block.test().size()).isEqualTo(2);
    LabelCounts z = LabelCounts.of(block.test(), block.test().bob(), 3);
    assertThat(z.events()).containsExactly(1, 1, 0);
    assertThat(z.errors()).containsExactly(1, 0, 0);
    assertThat(block.detections(0)).isEqualTo(2);
  }

  @Test
  void aFullBlockLeavesTheRestForTheNext() {
    Detections d =
        detections(
            new int[][] {{0, 0, 1, 1, 0}, {1, 1, 0, 0, 0}, {0, 0, 1, 1, 0}, {1, 1, 1, 1, 0}});
    SiftedBlock block = new SiftedBlock(2);
    Sifter sifter = new Sifter(Bb84Sifting.SYMMETRIC);
    assertThat(sifter.sift(d, 0, block)).isEqualTo(2);
    assertThat(block.full()).isTrue();
    block.clear();
    assertThat(sifter.sift(d, 2, block)).isEqualTo(4);
    assertThat(block.key().alice()).isEqualTo(BitArray.parse("11"));
  }

  @Test
  void chshSiftingKeepsTheKeyPairAndLabelsTheTestPairs() {
    ChshSifting rule = new ChshSifting();
    assertThat(rule.route(ChshSifting.A0, ChshSifting.B1)).isEqualTo(SiftingRule.KEY);
    assertThat(rule.route(ChshSifting.A0, ChshSifting.B2)).isEqualTo(SiftingRule.DISCARD);
    assertThat(rule.route(ChshSifting.A2, ChshSifting.B2)).isEqualTo(SiftingRule.TEST);
    assertThat(rule.label(0, ChshSifting.A2, ChshSifting.B2)).isEqualTo(3);
    assertThat(rule.label(0, ChshSifting.A1, ChshSifting.B1)).isEqualTo(0);
  }

  @Test
  void siftedBitsGrowAndClear() {
    SiftedBits bits = new SiftedBits();
    for (int i = 0; i < 5000; i++) {
      bits.append(Detections.flags(0, 0, i % 2, i % 3 == 0 ? 1 : 0) | Detections.EAVESDROPPED, 1);
    }
    assertThat(bits.size()).isEqualTo(5000);
    assertThat(bits.alice().bitCount()).isEqualTo(2500);
    assertThat(bits.eavesdropped().bitCount()).isEqualTo(5000);
    bits.clear();
    bits.append(Detections.flags(0, 0, 0, 0), 0);
    assertThat(bits.alice().bitCount()).isZero();
    assertThat(bits.eavesdropped().bitCount()).isZero();
  }
}
