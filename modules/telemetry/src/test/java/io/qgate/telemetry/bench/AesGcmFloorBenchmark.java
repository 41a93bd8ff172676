package io.qgate.telemetry.bench;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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
 * The least any per-record AES-256-GCM costs on this JVM: the JDK's {@code AES/GCM/NoPadding}
 * alone, one {@link Cipher} kept for one key (no key expansion), a fresh nonce per call, {@code
 * payloadBytes} of plaintext and {@code aadBytes} of associated data (107: label, PMU topic and the
 * header of a 15-character device id, as {@link EnvelopeBenchmark}'s envelopes). No envelope, no
 * key lookup, no Kafka: what is left of {@link EnvelopeBenchmark}'s cost if everything around the
 * cipher were free. docs/benchmarks.md sets it against the plain pipeline's CPU per frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class AesGcmFloorBenchmark {

  private static final int TAG_BITS = 128;

  @Param({"100"})
  public int payloadBytes;

  @Param({"107"})
  public int aadBytes;

  private SecretKeySpec key;
  private Cipher encryptor;
  private Cipher decryptor;
  private byte[] aad;
  private byte[] payload;
  private byte[] sealed;
  private byte[] sealedNonce;
  private byte[] out;
  private long sequence;

  @Setup
  public void setUp() throws GeneralSecurityException {
    SecureRandom random = new SecureRandom();
    byte[] keyBytes = new byte[32];
    random.nextBytes(keyBytes);
    key = new SecretKeySpec(keyBytes, "AES");
    encryptor = Cipher.getInstance("AES/GCM/NoPadding");
    decryptor = Cipher.getInstance("AES/GCM/NoPadding");
    aad = new byte[aadBytes];
    payload = new byte[payloadBytes];
    random.nextBytes(aad);
    random.nextBytes(payload);
    out = new byte[payloadBytes + TAG_BITS / 8];
    sealedNonce = nonce(Long.MAX_VALUE);
    Cipher once = Cipher.getInstance("AES/GCM/NoPadding");
    once.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealedNonce));
    once.updateAAD(aad);
    sealed = once.doFinal(payload);
  }

  /** Encrypt one record: init with the next nonce, the AAD, doFinal into a reused buffer. */
  @Benchmark
  public byte[] seal() throws GeneralSecurityException {
    encryptor.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce(sequence++)));
    encryptor.updateAAD(aad);
    encryptor.doFinal(payload, 0, payload.length, out, 0);
    return out;
  }

  /** Decrypt and verify one record (the same one each time: decryption has no nonce check). */
  @Benchmark
  public byte[] open() throws GeneralSecurityException {
    decryptor.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealedNonce));
    decryptor.updateAAD(aad);
    return decryptor.doFinal(sealed);
  }

  private static byte[] nonce(long sequence) {
    return ByteBuffer.allocate(12).putLong(4, sequence).array();
  }
}
