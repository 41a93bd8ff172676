package io.qgate.qkd.sifting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SARG04 sifting, case by case (Scarani, Acín, Ribordy, Gisin, PRL 92 057901 (2004)): Alice's state
 * |a, s⟩, her announced pair {|a, s⟩, |ā, t⟩}, Bob's basis b and result r.
 */
class Sarg04SiftingTest {

  private final Sarg04Sifting rule = new Sarg04Sifting();

  @Test
  @DisplayName("conclusive exactly when Bob's result excludes the pair's state of his basis")
  void conclusiveIffExcluded() {
    int conclusiveRight = 0;
    int conclusiveWrong = 0;
    for (int a = 0; a < 2; a++) {
      for (int s = 0; s < 2; s++) {
        for (int t = 0; t < 2; t++) {
          for (int b = 0; b < 2; b++) {
            for (int r = 0; r < 2; r++) {
              int flags = Detections.flags(Sarg04Sifting.aliceSetting(a, t), b, s, r);
              int pairValue = a == b ? s : t;
              boolean conclusive = r != pairValue;
              assertThat(rule.routeDetection(flags))
                  .isEqualTo(conclusive ? SiftingRule.KEY : SiftingRule.DISCARD);
              int key = rule.keyFlags(flags | Detections.SINGLE_PHOTON);
              assertThat(Detections.aliceBit(key)).as("Alice's bit is her basis").isEqualTo(a);
              assertThat(Detections.bobBit(key)).as("Bob's bit: the other basis").isEqualTo(1 - b);
              assertThat(key & Detections.SINGLE_PHOTON).isNotZero();
              if (conclusive && a != b) {
                conclusiveRight++;
              } else if (conclusive) {
                conclusiveWrong++;
              }
            }
          }
        }
      }
    }
    // A conclusive click in Alice's basis means Bob's result was flipped: an error.
    assertThat(conclusiveRight).isEqualTo(8);
    assertThat(conclusiveWrong).isEqualTo(8);
  }

  @Test
  @DisplayName("a noiseless photon gives the right bit when conclusive, 1/4 of the time")
  void noiselessPhoton() {
    SiftedBlock block = new SiftedBlock(64);
    Detections d = new Detections(16);
    for (int a = 0; a < 2; a++) {
      for (int s = 0; s < 2; s++) {
        for (int t = 0; t < 2; t++) {
          for (int b = 0; b < 2; b++) {
            // Bob's result: Alice's value in her basis, the other basis's value t ^ 1 or t.
            int r = a == b ? s : (a + s + t) & 1;
            d.add(d.size() + 1, 0, Detections.flags(Sarg04Sifting.aliceSetting(a, t), b, s, r));
          }
        }
      }
    }
    new Sifter(rule).sift(d, 0, block);
    SiftedBits key = block.key();
    assertThat(key.size()).isEqualTo(4);
    assertThat(key.alice()).isEqualTo(key.bob());
  }
}
