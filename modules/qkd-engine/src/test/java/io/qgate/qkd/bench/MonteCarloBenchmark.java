package io.qgate.qkd.bench;

import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.session.RawStatistics;
import io.qgate.qkd.session.Session;
import io.qgate.qkd.session.SessionConfig;
import io.qgate.qkd.session.SessionResult;
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
 * Monte-Carlo sessions on one thread; the "pulses" counter is simulated pulses per second (the
 * contract asks for ≥ 10^8). {@code detections}: the quantum stage alone (click sampling, sifting,
 * per-class tallies). {@code session}: the whole chain — sifting, estimation, Cascade,
 * verification, finite-key length, Toeplitz amplification, authentication — with the default
 * 10^6-bit blocks. Each operation simulates as many pulses as give about {@code detections} clicks
 * at the distance, so near and far links cost about the same per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class MonteCarloBenchmark {

  @Param({"bb84-decoy"})
  public String protocol;

  @Param({"0", "25", "50", "100"})
  public double distanceKm;

  @Param({"3000000"})
  public long clicks;

  private long pulses;
  private long seed;

  @Setup
  public void setUp() {
    SessionConfig probe =
        SessionConfig.builder(Protocol.fromCliName(protocol), distanceKm, 100_000_000L).build();
    double gain = (double) RawStatistics.sample(probe).totalDetections() / probe.pulses();
    pulses = (long) (clicks / gain);
  }

  private SessionConfig config() {
    return SessionConfig.builder(Protocol.fromCliName(protocol), distanceKm, pulses)
        .seed(++seed)
        .keepKeys(false)
        .build();
  }

  @Benchmark
  public RawStatistics detections(PulsesCounter counter) {
    RawStatistics statistics = RawStatistics.sample(config());
    counter.pulses += statistics.pulses();
    return statistics;
  }

  @Benchmark
  public SessionResult session(PulsesCounter counter) {
    SessionResult result = Session.run(config());
    counter.pulses += result.pulsesSent();
    return result;
  }
}
