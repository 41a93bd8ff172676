package io.qgate.qkd.bench;

import io.qgate.qkd.amplification.ToeplitzHash;
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

/**
 * Toeplitz privacy amplification of an n-bit key to ℓ bits on one thread; the "bits" counter is
 * input bits per second. {@code ternaryFft} is the engine's path; {@code nttBaseline} the textbook
 * O(n log n) alternative (one bit per NTT coefficient), kept to show why the engine does not use
 * it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ToeplitzBenchmark {

  @Param({"1000000"})
  public int inputBits;

  @Param({"125000", "500000", "1000000"})
  public int outputBits;

  private BitArray input;
  private BitArray seed;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(71);
    input = BitArray.random(inputBits, random);
    seed = BitArray.random(ToeplitzHash.seedBits(inputBits, outputBits), random);
  }

  @Benchmark
  public BitArray ternaryFft(BitsCounter counter) {
    counter.bits += inputBits;
    return ToeplitzHash.hash(input, seed, outputBits);
  }

  @Benchmark
  public BitArray nttBaseline(BitsCounter counter) {
    counter.bits += inputBits;
    return NttToeplitz.hash(input, seed, outputBits);
  }
}
