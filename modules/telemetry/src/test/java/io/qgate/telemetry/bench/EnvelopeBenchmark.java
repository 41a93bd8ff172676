package io.qgate.telemetry.bench;

import io.qgate.telemetry.envelope.Algorithm;
import io.qgate.telemetry.envelope.DeviceKeyCache;
import io.qgate.telemetry.envelope.DeviceSequences;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.GatewayKeySource;
import io.qgate.telemetry.envelope.MasterKeys;
import io.qgate.telemetry.envelope.OpenResult;
import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sealing and opening one telemetry envelope of {@code payloadBytes} (100: a PMU frame, IEEE
 * C37.118 data frame size) per algorithm, on one thread; the score is envelopes per second.
 *
 * <p>{@code seal}: next sequence, epoch, cached device key, header, AAD, AEAD encryption, for
 * {@code devices} devices cycled (keys cached after the first round, as on a gateway). {@code
 * open}: parse, key lookup, cached device key, AAD, AEAD decryption and tag check, over 1024
 * envelopes sealed in setup and cycled. Device-key derivation is {@link
 * DeviceKeyDerivationBenchmark}'s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class EnvelopeBenchmark {

  private static final String TOPIC = "qgate.grid.pmu.v1";
  private static final int SEALED = 1024;

  @Param({"AES_256_GCM", "ASCON_AEAD128"})
  public Algorithm algorithm;

  @Param({"100"})
  public int payloadBytes;

  @Param({"1000"})
  public int devices;

  private MasterKey masterKey;
  private EnvelopeSealer sealer;
  private EnvelopeOpener opener;
  private String[] deviceIds;
  private byte[] payload;
  private byte[][] envelopes;
  private int next;

  @Setup
  public void setUp() {
    SecureRandom random = new SecureRandom();
    byte[] secret = new byte[32];
    byte[] salt = new byte[32];
    random.nextBytes(secret);
    random.nextBytes(salt);
    masterKey = new MasterKey(UUID.randomUUID(), KeyMaterial.wrap(secret), salt);
    sealer =
        new EnvelopeSealer(
            GatewayKeySource.fixed(
                masterKey, EpochSchedule.timeOnly(Duration.ofHours(1)), algorithm),
            new DeviceSequences(),
            Clock.systemUTC(),
            new DeviceKeyCache(2 * devices));
    opener = new EnvelopeOpener(MasterKeys.of(masterKey), new DeviceKeyCache(2 * devices));
    deviceIds = new String[devices];
    for (int i = 0; i < devices; i++) {
      deviceIds[i] = String.format("grid-pmu-%06d", i);
    }
    payload = new byte[payloadBytes];
    random.nextBytes(payload);
    envelopes = new byte[SEALED][];
    for (int i = 0; i < SEALED; i++) {
      envelopes[i] = sealer.seal(TOPIC, deviceIds[i % devices], payload);
    }
  }

  @TearDown
  public void tearDown() {
    sealer.close();
    opener.close();
    masterKey.destroy();
  }

  @Benchmark
  public byte[] seal() {
    String device = deviceIds[next];
    next = next + 1 == devices ? 0 : next + 1;
    return sealer.seal(TOPIC, device, payload);
  }

  @Benchmark
  public OpenResult open() {
    byte[] envelope = envelopes[next & (SEALED - 1)];
    next++;
    return opener.open(TOPIC, envelope);
  }
}
