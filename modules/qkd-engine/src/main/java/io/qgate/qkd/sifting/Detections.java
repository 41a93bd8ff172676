package io.qgate.qkd.sifting;

/**
 * A chunk of Bob's detections in time order, as parallel arrays: the pulse index, Alice's public
 * label (intensity class), and the settings and bits of both sides packed in one byte.
 *
 * <p>Two flags are simulation ground truth that no protocol step reads: {@link #EAVESDROPPED} (Eve
 * knows the bit) and {@link #SINGLE_PHOTON} (the pulse held exactly one photon); they let tests and
 * reports check the estimates against what really happened.
 */
public final class Detections {

  public static final int ALICE_BIT = 1 << 4;
  public static final int BOB_BIT = 1 << 5;
  public static final int EAVESDROPPED = 1 << 6;
  public static final int SINGLE_PHOTON = 1 << 7;

  private final long[] pulses;
  private final byte[] labels;
  private final byte[] flags;
  private int size;

  public Detections(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
    }
    pulses = new long[capacity];
    labels = new byte[capacity];
    flags = new byte[capacity];
  }

  /** Flags of one detection: settings 0..3 each, bits and ground-truth marks. */
  public static int flags(int aliceSetting, int bobSetting, int aliceBit, int bobBit) {
    return aliceSetting | bobSetting << 2 | aliceBit << 4 | bobBit << 5;
  }

  public void add(long pulse, int label, int flagBits) {
    pulses[size] = pulse;
    labels[size] = (byte) label;
    flags[size] = (byte) flagBits;
    size++;
  }

  public void clear() {
    size = 0;
  }

  public int size() {
    return size;
  }

  public boolean full() {
    return size == pulses.length;
  }

  /** Index of the pulse that caused detection i, counted from 1 at the session start. */
  public long pulse(int i) {
    return pulses[i];
  }

  public int label(int i) {
    return labels[i];
  }

  public int flags(int i) {
    return flags[i] & 0xFF;
  }

  public static int aliceSetting(int flags) {
    return flags & 3;
  }

  public static int bobSetting(int flags) {
    return flags >>> 2 & 3;
  }

  public static int aliceBit(int flags) {
    return flags >>> 4 & 1;
  }

  public static int bobBit(int flags) {
    return flags >>> 5 & 1;
  }
}
