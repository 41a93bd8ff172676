package io.qgate.qkd.bits;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A fixed-length string of bits packed 64 to a {@code long}: bit {@code i} is bit {@code i % 64} of
 * word {@code i / 64}. Every post-processing stage works on it; the operations that run in hot
 * loops (range parity, XOR, Hamming distance, popcount) use whole-word operations.
 *
 * <p>Invariant: the unused high bits of the last word are always zero, so word-wise popcount,
 * equality and hashing need no masking. Mutable and not thread-safe; indices are checked.
 */
public final class BitArray {

  private final long[] words;
  private final int length;

  /** All-zero bits. */
  public BitArray(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    this.length = length;
    this.words = new long[wordCount(length)];
  }

  private BitArray(long[] words, int length) {
    this.words = words;
    this.length = length;
  }

  /** Number of 64-bit words that hold {@code bits} bits. */
  public static int wordCount(int bits) {
    return (int) ((bits + 63L) >>> 6);
  }

  /** Uniformly random bits drawn from {@code random} (one {@code nextLong} per word). */
  public static BitArray random(int length, RandomGenerator random) {
    BitArray bits = new BitArray(length);
    for (int w = 0; w < bits.words.length; w++) {
      bits.words[w] = random.nextLong();
    }
    bits.clearTail();
    return bits;
  }

  /** Bits copied from packed words (bit {@code i} in word {@code i / 64}); extra bits ignored. */
  public static BitArray fromWords(long[] source, int length) {
    BitArray bits = new BitArray(length);
    System.arraycopy(source, 0, bits.words, 0, Math.min(source.length, bits.words.length));
    bits.clearTail();
    return bits;
  }

  /** Bits from a string of '0' and '1', first character = bit 0 (for tests and examples). */
  public static BitArray parse(String zerosAndOnes) {
    BitArray bits = new BitArray(zerosAndOnes.length());
    for (int i = 0; i < zerosAndOnes.length(); i++) {
      char c = zerosAndOnes.charAt(i);
      if (c != '0' && c != '1') {
        throw new IllegalArgumentException("not a bit: '" + c + "'");
      }
      bits.set(i, c == '1');
    }
    return bits;
  }

  public int length() {
    return length;
  }

  /** A copy of the packed words (the last word's unused bits are zero). */
  public long[] toWords() {
    return words.clone();
  }

  /** Word {@code w} of the packing: bits {@code 64w ... 64w+63}. */
  public long word(int w) {
    return words[w];
  }

  public boolean get(int i) {
    checkIndex(i);
    return (words[i >>> 6] >>> i & 1L) != 0;
  }

  public void set(int i, boolean value) {
    checkIndex(i);
    if (value) {
      words[i >>> 6] |= 1L << i;
    } else {
      words[i >>> 6] &= ~(1L << i);
    }
  }

  public void flip(int i) {
    checkIndex(i);
    words[i >>> 6] ^= 1L << i;
  }

  /**
   * Up to 64 bits starting at {@code from}, bit {@code from} in the lowest position; bits past the
   * end read as zero.
   */
  public long getBits(int from, int count) {
    if (count < 0 || count > 64 || from < 0 || from > length) {
      throw new IndexOutOfBoundsException("bits " + from + "+" + count + " of " + length);
    }
    if (count == 0) {
      return 0;
    }
    int w = from >>> 6;
    int shift = from & 63;
    long value = w < words.length ? words[w] >>> shift : 0;
    if (shift != 0 && w + 1 < words.length) {
      value |= words[w + 1] << (64 - shift);
    }
    return count == 64 ? value : value & ((1L << count) - 1);
  }

  /** Number of one bits. */
  public int bitCount() {
    int count = 0;
    for (long word : words) {
      count += Long.bitCount(word);
    }
    return count;
  }

  /** {@code this ^= other}, bit by bit; lengths must match. */
  public void xor(BitArray other) {
    checkSameLength(other);
    for (int w = 0; w < words.length; w++) {
      words[w] ^= other.words[w];
    }
  }

  /** Number of positions where the two arrays differ; lengths must match. */
  public int hammingDistance(BitArray other) {
    checkSameLength(other);
    int distance = 0;
    for (int w = 0; w < words.length; w++) {
      distance += Long.bitCount(words[w] ^ other.words[w]);
    }
    return distance;
  }

  /** XOR of the bits {@code from} (inclusive) to {@code to} (exclusive), as 0 or 1. */
  public int parity(int from, int to) {
    checkRange(from, to);
    if (from == to) {
      return 0;
    }
    int first = from >>> 6;
    int last = (to - 1) >>> 6;
    long firstMask = -1L << from;
    long lastMask = -1L >>> (63 - ((to - 1) & 63));
    if (first == last) {
      return Long.bitCount(words[first] & firstMask & lastMask) & 1;
    }
    long acc = (words[first] & firstMask) ^ (words[last] & lastMask);
    for (int w = first + 1; w < last; w++) {
      acc ^= words[w];
    }
    return Long.bitCount(acc) & 1;
  }

  /** Bits {@code from} (inclusive) to {@code to} (exclusive) as a new array. */
  public BitArray slice(int from, int to) {
    checkRange(from, to);
    BitArray slice = new BitArray(to - from);
    for (int w = 0, bit = from; w < slice.words.length; w++, bit += 64) {
      slice.words[w] = getBits(bit, Math.min(64, to - bit));
    }
    return slice;
  }

  /** A new array whose bit {@code i} is this array's bit {@code index[i]}. */
  public BitArray gather(int[] index) {
    // Validate every index in one branch-free pass, so the hot loop below needs no checks.
    int outOfRange = 0;
    for (int j : index) {
      outOfRange |= j | (length - 1 - j);
    }
    if (outOfRange < 0) {
      throw new IndexOutOfBoundsException("gather index outside [0, " + length + ")");
    }
    BitArray result = new BitArray(index.length);
    long[] out = result.words;
    long[] in = words;
    int full = index.length >>> 6;
    for (int w = 0; w < full; w++) {
      long word = 0;
      // Each bit enters at the top and moves down one place per step: bit b ends at position b.
      for (int i = w << 6, end = i + 64; i < end; i++) {
        int j = index[i];
        word = word >>> 1 | in[j >>> 6] >>> j << 63;
      }
      out[w] = word;
    }
    for (int i = full << 6; i < index.length; i++) {
      int j = index[i];
      out[i >>> 6] |= (in[j >>> 6] >>> j & 1L) << i;
    }
    return result;
  }

  /**
   * Moves bit {@code i} to position {@code permutation[i]}; {@code permutation} must be a
   * permutation of {@code 0..length-1}. The inverse of {@link #gather(int[])} with the same array.
   */
  public BitArray permute(int[] permutation) {
    if (permutation.length != length) {
      throw new IllegalArgumentException(
          "permutation of " + permutation.length + " for " + length + " bits");
    }
    BitArray result = new BitArray(length);
    for (int i = 0; i < length; i++) {
      if ((words[i >>> 6] >>> i & 1L) != 0) {
        result.set(permutation[i], true);
      }
    }
    return result;
  }

  public BitArray copy() {
    return new BitArray(words.clone(), length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BitArray that
        && that.length == length
        && Arrays.equals(that.words, words);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(words) + length;
  }

  /** The bits as '0'/'1', bit 0 first; long arrays are abbreviated. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(length, 128); i++) {
      text.append((words[i >>> 6] >>> i & 1L) != 0 ? '1' : '0');
    }
    return length > 128 ? text + "...(" + length + " bits)" : text.toString();
  }

  private void clearTail() {
    if ((length & 63) != 0) {
      words[words.length - 1] &= -1L >>> (64 - (length & 63));
    }
  }

  private void checkIndex(int i) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException("bit " + i + " of " + length);
    }
  }

  private void checkRange(int from, int to) {
    if (from < 0 || to > length || from > to) {
      throw new IndexOutOfBoundsException("bits [" + from + ", " + to + ") of " + length);
    }
  }

  private void checkSameLength(BitArray other) {
    if (other.length != length) {
      throw new IllegalArgumentException("lengths differ: " + length + " and " + other.length);
    }
  }
}
