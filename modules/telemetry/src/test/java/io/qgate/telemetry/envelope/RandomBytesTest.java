package io.qgate.telemetry.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.telemetry.keys.MasterKey;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The opener on arbitrary bytes and on mutated valid envelopes: a typed result, never an exception,
 * in bounded time. The bound (one second per call, where a call takes microseconds) catches a
 * runaway loop or allocation, not a slow machine.
 */
class RandomBytesTest {

  private static final MasterKey MASTER = Fixtures.masterKey(1);
  private static final EnvelopeOpener OPENER = new EnvelopeOpener(MasterKeys.of(MASTER));
  private static final long BOUND_NANOS = 1_000_000_000L;

  @Property(tries = 2000)
  void arbitraryBytesAreRejectedWithoutException(@ForAll @Size(max = 600) byte[] bytes) {
    long start = System.nanoTime();
    OpenResult result = OPENER.open(Fixtures.TOPIC, bytes);
    assertThat(System.nanoTime() - start).isLessThan(BOUND_NANOS);
    assertThat(result).isInstanceOf(Rejected.class);
  }

  @Property(tries = 2000)
  void arbitraryBytesBehindAValidPrefixAreRejected(
      @ForAll Algorithm algorithm,
      @ForAll @Size(max = 300) byte[] tail,
      @ForAll @IntRange(max = 80) int cut) {
    byte[] valid;
    try (EnvelopeSealer sealer = Fixtures.sealer(MASTER, algorithm)) {
      valid = sealer.seal(Fixtures.TOPIC, Fixtures.DEVICE, new byte[20]);
    }
    byte[] prefix = Arrays.copyOf(valid, Math.min(cut, valid.length));
    byte[] input = Arrays.copyOf(prefix, prefix.length + tail.length);
    System.arraycopy(tail, 0, input, prefix.length, tail.length);
    long start = System.nanoTime();
    OpenResult result = OPENER.open(Fixtures.TOPIC, input);
    assertThat(System.nanoTime() - start).isLessThan(BOUND_NANOS);
    if (!Arrays.equals(input, valid)) {
      assertThat(result).isInstanceOf(Rejected.class);
    }
  }

  @Property(tries = 1000)
  void mutatedEnvelopesAreNeverAccepted(
      @ForAll Algorithm algorithm,
      @ForAll @IntRange(max = 10_000) int position,
      @ForAll @IntRange(min = 1, max = 255) int flip) {
    byte[] envelope;
    try (EnvelopeSealer sealer = Fixtures.sealer(MASTER, algorithm)) {
      envelope = sealer.seal(Fixtures.TOPIC, Fixtures.DEVICE, Fixtures.payload(100));
    }
    envelope[position % envelope.length] ^= (byte) flip;
    assertThat(OPENER.open(Fixtures.TOPIC, envelope)).isInstanceOf(Rejected.class);
  }
}
