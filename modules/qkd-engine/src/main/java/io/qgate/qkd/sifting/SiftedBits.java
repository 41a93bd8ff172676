package io.qgate.qkd.sifting;

import io.qgate.qkd.bits.BitArray;
import java.util.Arrays;

/**
 * Sifted bits of both sides, appended one at a time into packed words that are reused from block to
 * block, each with its public label (intensity class or setting pair) and the ground-truth marks of
 * {@link Detections}.
 */
public final class SiftedBits {

  private long[] alice = new long[16];
  private long[] bob = new long[16];
  private long[] eavesdropped = new long[16];
  private long[] singlePhoton = new long[16];
  private byte[] labels = new byte[1024];
  private int size;

  public void append(int flags, int label) {
    if (size == labels.length) {
      grow();
    }
    int w = size >>> 6;
    long bit = 1L << size;
    alice[w] |= -(long) Detections.aliceBit(flags) & bit;
    bob[w] |= -(long) Detections.bobBit(flags) & bit;
    eavesdropped[w] |= (flags & Detections.EAVESDROPPED) != 0 ? bit : 0;
    singlePhoton[w] |= (flags & Detections.SINGLE_PHOTON) != 0 ? bit : 0;
    labels[size++] = (byte) label;
  }

  public int size() {
    return size;
  }

  /** Empties the buffer for the next block, keeping its memory. */
  public void clear() {
    int words = BitArray.wordCount(size);
    Arrays.fill(alice, 0, words, 0);
    Arrays.fill(bob, 0, words, 0);
    Arrays.fill(eavesdropped, 0, words, 0);
    Arrays.fill(singlePhoton, 0, words, 0);
    size = 0;
  }

  public BitArray alice() {
    return BitArray.fromWords(alice, size);
  }

  public BitArray bob() {
    return BitArray.fromWords(bob, size);
  }

  /** Ground truth: the bits Eve knows. */
  public BitArray eavesdropped() {
    return BitArray.fromWords(eavesdropped, size);
  }

  /** Ground truth: the bits from single-photon pulses. */
  public BitArray singlePhoton() {
    return BitArray.fromWords(singlePhoton, size);
  }

  public int label(int i) {
    return labels[i];
  }

  private void grow() {
    labels = Arrays.copyOf(labels, 2 * labels.length);
    int words = BitArray.wordCount(labels.length);
    alice = Arrays.copyOf(alice, words);
    bob = Arrays.copyOf(bob, words);
    eavesdropped = Arrays.copyOf(eavesdropped, words);
    singlePhoton = Arrays.copyOf(singlePhoton, words);
  }
}
