package io.qgate.devstack.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, appended by one thread; read after that thread has finished. */
public final class LatencyRecorder {

  private long[] values = new long[1024];
  private int size;

  public void record(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  public int size() {
    return size;
  }

  long[] values() {
    return Arrays.copyOf(values, size);
  }
}
