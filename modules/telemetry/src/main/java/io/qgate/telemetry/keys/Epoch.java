package io.qgate.telemetry.keys;

import java.util.Comparator;

/**
 * A device-key epoch, as {@link EpochSchedule} assigns it: the index of the rotation period since
 * the Unix epoch and the generation within that period (how often the use limit was reached in it).
 * Epochs are ordered by period, then generation.
 *
 * @param period index of the time period, from 0
 * @param generation use-limit rotations within the period, from 0
 */
public record Epoch(long period, long generation) implements Comparable<Epoch> {

  /** Bytes of {@link #writeTo}: two unsigned 64-bit big-endian integers. */
  public static final int ENCODED_LENGTH = 16;

  private static final Comparator<Epoch> ORDER =
      Comparator.comparingLong(Epoch::period).thenComparingLong(Epoch::generation);

  public Epoch {
    if (period < 0 || generation < 0) {
      throw new IllegalArgumentException(
          "epoch (" + period + ", " + generation + ") must not be negative");
    }
  }

  /** Writes period ‖ generation, each as 64-bit big-endian, at {@code offset}. */
  public void writeTo(byte[] target, int offset) {
    putLong(target, offset, period);
    putLong(target, offset + 8, generation);
  }

  @Override
  public int compareTo(Epoch other) {
    return ORDER.compare(this, other);
  }

  private static void putLong(byte[] target, int offset, long value) {
    for (int i = 7; i >= 0; i--) {
      target[offset + i] = (byte) value;
      value >>>= 8;
    }
  }
}
