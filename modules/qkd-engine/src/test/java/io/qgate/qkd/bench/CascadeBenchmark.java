package io.qgate.qkd.bench;

import io.qgate.qkd.bits.BitArray;
import io.qgate.qkd.reconciliation.Cascade;
import io.qgate.qkd.reconciliation.CascadeSimulation;
import io.qgate.qkd.reconciliation.CascadeVariant;
import io.qgate.qkd.reconciliation.ReconciliationResult;
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
 * Cascade on one thread: one operation reconciles one frame of sifted key at the given QBER (exact
 * error weight, as in cascade-cpp). The "bits" counter is sifted bits per second. Frames are
 * generated in setup and cycled, so key generation is not timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CascadeBenchmark {

  private static final int FRAMES = 32;

  @Param({"original", "yan", "optimized"})
  public String variant;

  @Param({"100000"})
  public int frameBits;

  @Param({"0.02"})
  public double qber;

  private Cascade cascade;
  private BitArray[][] frames;
  private int next;

  @Setup
  public void setUp() {
    cascade = new Cascade(CascadeVariant.byName(variant), 1);
    SplittableRandom random = new SplittableRandom(2024);
    frames = new BitArray[FRAMES][];
    for (int f = 0; f < FRAMES; f++) {
      frames[f] = CascadeSimulation.frame(frameBits, qber, random);
    }
  }

  @Benchmark
  public ReconciliationResult reconcile(BitsCounter counter) {
    BitArray[] frame = frames[next];
    next = (next + 1) % FRAMES;
    counter.bits += frameBits;
    return cascade.reconcile(frame[0], frame[1], qber);
  }
}
