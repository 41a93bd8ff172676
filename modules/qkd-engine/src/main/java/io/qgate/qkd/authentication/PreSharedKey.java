package io.qgate.qkd.authentication;

import io.qgate.qkd.bits.BitArray;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The secret both parties hold before a session (or kept from earlier QKD output), consumed 64 bits
 * at a time and never reused. Alice and Bob each hold an identical copy and consume it in the same
 * order. Not thread-safe.
 */
public final class PreSharedKey {

  private long[] words;
  private int size;
  private int next;

  /** The key from its 64-bit words (copied). */
  public PreSharedKey(long[] words) {
    this.words = words.clone();
    this.size = words.length;
  }

  /** Uniformly random key of {@code words} 64-bit words, for simulations. */
  public static PreSharedKey random(int words, RandomGenerator random) {
    return new PreSharedKey(random.longs(words).toArray());
  }

  /** Bob's copy: the same words, at the same position. */
  public PreSharedKey copy() {
    PreSharedKey copy = new PreSharedKey(Arrays.copyOf(words, size));
    copy.next = next;
    return copy;
  }

  /** The next unused 64 bits. */
  long take() {
    if (next >= size) {
      throw new IllegalStateException(
          "pre-shared authentication key exhausted after " + consumedBits() + " bits");
    }
    long word = words[next];
    words[next++] = 0; // a used key word must not linger in memory
    return word;
  }

  /**
   * Adds fresh secret key (typically part of a session's final key) for later sessions; only whole
   * 64-bit words are taken.
   */
  public void replenish(BitArray fresh) {
    int add = fresh.length() / 64;
    if (size + add > words.length) {
      words = Arrays.copyOf(words, Math.max(size + add, 2 * words.length));
    }
    for (int w = 0; w < add; w++) {
      words[size++] = fresh.word(w);
    }
  }

  public long consumedBits() {
    return 64L * next;
  }

  public long remainingBits() {
    return 64L * (size - next);
  }
}
