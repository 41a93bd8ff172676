package io.qgate.telemetry.bench;

import io.qgate.telemetry.keys.DeviceKeyDeriver;
import io.qgate.telemetry.keys.Epoch;
import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-device key derivation on a gateway: one operation derives one 32-byte device key with
 * HKDF-SHA-256 (one HKDF-Expand from the master key's PRK: info encoding, one HMAC-SHA-256) and
 * zeroises it. The device ids ({@code devices} of them, "grid-pmu-000042" style) are cycled; the
 * epoch is that of the hourly schedule at setup. Each thread has its own {@link DeviceKeyDeriver}
 * (one {@link javax.crypto.Mac} per thread) on the same master key. {@code derive} runs on one
 * thread, {@code deriveTwoThreads} on two; the score is device keys per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class DeviceKeyDerivationBenchmark {

  private static final String PURPOSE = "telemetry-aead";

  @Param({"10000"})
  public int devices;

  private String[] deviceIds;
  private DeviceKeyDeriver deriver;
  private Epoch epoch;
  private int next;

  /** The gateway's master key, shared by all threads as in the platform. */
  @State(Scope.Benchmark)
  public static class Gateway {
    MasterKey masterKey;

    @Setup
    public void setUp() {
      SecureRandom random = new SecureRandom();
      byte[] secret = new byte[32];
      byte[] salt = new byte[32];
      random.nextBytes(secret);
      random.nextBytes(salt);
      masterKey = new MasterKey(UUID.randomUUID(), KeyMaterial.wrap(secret), salt);
    }

    @TearDown
    public void tearDown() {
      masterKey.destroy();
    }
  }

  @Setup
  public void setUp(Gateway gateway) {
    deriver = DeviceKeyDeriver.of(gateway.masterKey);
    epoch = new EpochSchedule(Duration.ofHours(1), 100_000).epochAt(Instant.now(), 0);
    deviceIds = new String[devices];
    for (int i = 0; i < devices; i++) {
      deviceIds[i] = String.format("grid-pmu-%06d", i);
    }
    next = new SecureRandom().nextInt(devices);
  }

  @TearDown
  public void tearDown() {
    deriver.destroy();
  }

  @Benchmark
  @Threads(1)
  public void derive(Blackhole blackhole) {
    deriveOne(blackhole);
  }

  @Benchmark
  @Threads(2)
  public void deriveTwoThreads(Blackhole blackhole) {
    deriveOne(blackhole);
  }

  private void deriveOne(Blackhole blackhole) {
    KeyMaterial key = deriver.derive(deviceIds[next], epoch, PURPOSE);
    next = next + 1 == devices ? 0 : next + 1;
    blackhole.consume(key);
    key.destroy();
  }
}
