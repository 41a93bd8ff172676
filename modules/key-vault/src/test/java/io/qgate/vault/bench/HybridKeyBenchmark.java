package io.qgate.vault.bench;

import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.vault.domain.hybrid.HybridKeyCombiner;
import io.qgate.vault.domain.hybrid.HybridKeyContext;
import io.qgate.vault.domain.hybrid.HybridKeyExchange;
import io.qgate.vault.domain.hybrid.MlKem768;
import io.qgate.vault.domain.hybrid.MlKemEncapsulation;
import io.qgate.vault.domain.hybrid.MlKemKeyPair;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HYBRID keys, one thread: {@code encapsulateAndCombine} is the initiator's side (ML-KEM-768
 * encapsulation to the responder's key, with fresh randomness from {@link SecureRandom}, then the
 * SP 800-56C one-step KDF over the shared secret, a 32-byte QKD key, ciphertext and encapsulation
 * key); {@code decapsulateAndCombine} is the responder's side for one fixed ciphertext; {@code
 * keyPairGeneration} is ML-KEM-768 key generation alone. ML-KEM runs on BouncyCastle's lightweight
 * API. Scores are operations per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class HybridKeyBenchmark {

  private SecureRandom random;
  private MlKemKeyPair responder;
  private KeyMaterial qkdKey;
  private HybridKeyContext context;
  private byte[] ciphertext;
  private MlKemEncapsulation encapsulation;

  @Setup
  public void setUp() {
    random = new SecureRandom();
    responder = MlKem768.generateKeyPair(random);
    byte[] qkd = new byte[32];
    random.nextBytes(qkd);
    qkdKey = KeyMaterial.wrap(qkd);
    context = new HybridKeyContext(UUID.randomUUID(), "gateway-3", "hes-1");
    encapsulation = MlKem768.encapsulate(responder.publicKey(), random);
    ciphertext = encapsulation.ciphertext();
  }

  @Benchmark
  public KeyMaterial encapsulateAndCombine() {
    return HybridKeyExchange.initiate(responder.publicKey(), qkdKey, context, random).hybridKey();
  }

  @Benchmark
  public KeyMaterial decapsulateAndCombine() {
    return HybridKeyExchange.respond(responder.privateKey(), ciphertext, qkdKey, context);
  }

  @Benchmark
  public KeyMaterial combine() {
    return HybridKeyCombiner.combine(
        encapsulation.sharedSecret(), qkdKey, responder.publicKey(), ciphertext, context);
  }

  @Benchmark
  public MlKemKeyPair keyPairGeneration() {
    return MlKem768.generateKeyPair(random);
  }
}
