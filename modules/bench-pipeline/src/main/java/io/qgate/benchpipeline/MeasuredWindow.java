package io.qgate.benchpipeline;

/**
 * The measured window, fixed before the producers start so that no thread has to be told when it
 * begins: a frame counts towards latency if it was due inside it, towards throughput if it was
 * checked inside it. Times in microseconds since 1970 ({@link BenchClock}).
 */
public record MeasuredWindow(long startMicros, long endMicros) {

  public MeasuredWindow {
    if (endMicros <= startMicros) {
      throw new IllegalArgumentException("window ends before it starts");
    }
  }

  /** Whether {@code micros} is in {@code [start, end)}. */
  public boolean contains(long micros) {
    return micros >= startMicros && micros < endMicros;
  }

  public double seconds() {
    return (endMicros - startMicros) / 1e6;
  }
}
