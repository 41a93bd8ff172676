package io.qgate.qkd.reconciliation;

import io.qgate.qkd.bits.BitArray;

/**
 * Alice's side of Cascade: she answers parity questions about her key in each pass's shuffled
 * order, and every answer is one disclosed bit. Her shuffled copies are built when a pass first
 * needs them; passes of two half-frame blocks answer top-level questions from a mask instead.
 */
final class AliceParities {

  private final BitArray key;
  private final Shuffles shuffles;
  private final BitArray[] shuffled;
  private long disclosed;

  AliceParities(BitArray key, Shuffles shuffles, int passes) {
    this.key = key;
    this.shuffles = shuffles;
    this.shuffled = new BitArray[passes];
    this.shuffled[0] = key;
  }

  long disclosed() {
    return disclosed;
  }

  /** Parity of positions [from, to) of pass p's shuffled key; discloses one bit. */
  int parity(int pass, int from, int to) {
    disclosed++;
    if (shuffled[pass] == null) {
      shuffled[pass] = key.gather(shuffles.order(pass));
    }
    return shuffled[pass].parity(from, to);
  }

  /** Parity of the first ⌈n/2⌉ shuffled positions of pass p ≥ 1, by mask; discloses one bit. */
  int firstHalfParity(int pass) {
    disclosed++;
    return maskedParity(key, shuffles.firstHalf(pass));
  }

  /** Parity of the last ⌊n/2⌋ shuffled positions of pass p ≥ 1; discloses one bit. */
  int secondHalfParity(int pass) {
    disclosed++;
    return (key.bitCount() ^ maskedParity(key, shuffles.firstHalf(pass))) & 1;
  }

  /** Parity of the whole key; discloses one bit. */
  int totalParity() {
    disclosed++;
    return key.bitCount() & 1;
  }

  static int maskedParity(BitArray bits, BitArray mask) {
    long acc = 0;
    for (int w = 0, words = BitArray.wordCount(bits.length()); w < words; w++) {
      acc ^= bits.word(w) & mask.word(w);
    }
    return Long.bitCount(acc) & 1;
  }
}
