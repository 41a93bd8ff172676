package io.qgate.qkd.bench;

import io.qgate.qkd.bits.BitArray;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The BitArray operations Cascade spends its time in: range parity and the shuffle (gather). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BitArrayBenchmark {

  @Param({"37", "4096"})
  public int rangeBits;

  private static final int N = 100_000;
  private BitArray bits;
  private int[] permutation;
  private int[] starts;
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    bits = BitArray.random(N, random);
    permutation = new int[N];
    for (int i = 0; i < N; i++) {
      permutation[i] = i;
    }
    for (int i = N - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = t;
    }
    starts = random.ints(1024, 0, N - rangeBits).toArray();
  }

  @Benchmark
  public int rangeParity() {
    int from = starts[next++ & 1023];
    return bits.parity(from, from + rangeBits);
  }

  /** One shuffle of a 10^5-bit key (per pass of Cascade, on each side). */
  @Benchmark
  public BitArray gather100k() {
    return bits.gather(permutation);
  }
}
