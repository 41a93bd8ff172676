package io.qgate.qkd.sifting;

import io.qgate.qkd.bits.BitArray;
import java.util.Arrays;

/**
 * Sifted events and bit errors per public label: per intensity class for the decoy analysis
 * (n_{X,k}, m_{X,k} of Lim et al. 2014), per setting pair for the CHSH test.
 */
public record LabelCounts(long[] events, long[] errors) {

  /** Counts over {@code labels} labels, comparing Alice's sifted bits with {@code bob}. */
  public static LabelCounts of(SiftedBits bits, BitArray bob, int labels) {
    if (bob.length() != bits.size()) {
      throw new IllegalArgumentException(
          "Bob's bits (" + bob.length() + ") do not match the sifted bits (" + bits.size() + ")");
    }
    long[] events = new long[labels];
    long[] errors = new long[labels];
    BitArray alice = bits.alice();
    for (int w = 0; w < BitArray.wordCount(bits.size()); w++) {
      long diff = alice.word(w) ^ bob.word(w);
      int end = Math.min(64, bits.size() - 64 * w);
      for (int j = 0; j < end; j++) {
        int label = bits.label(64 * w + j);
        events[label]++;
        errors[label] += diff >>> j & 1;
      }
    }
    return new LabelCounts(events, errors);
  }

  public long events(int label) {
    return events[label];
  }

  public long errors(int label) {
    return errors[label];
  }

  public double[] eventsAsDoubles() {
    return Arrays.stream(events).asDoubleStream().toArray();
  }

  public double[] errorsAsDoubles() {
    return Arrays.stream(errors).asDoubleStream().toArray();
  }
}
