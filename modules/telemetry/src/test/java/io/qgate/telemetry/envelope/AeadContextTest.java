package io.qgate.telemetry.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A prepared (cached) AEAD context gives exactly what a fresh one per call gives. */
class AeadContextTest {

  private static byte[] key(Algorithm algorithm, int seed) {
    byte[] key = new byte[algorithm.keyLength()];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 31 + i);
    }
    return key;
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void reusedContextMatchesAFreshOneRecordAfterRecord(Algorithm algorithm) {
    Aead aead = algorithm.aead();
    byte[] key = key(algorithm, 1);
    Aead.Context context = aead.newContext(key);
    for (int record = 0; record < 50; record++) {
      byte[] nonce = algorithm.nonceFor(1_000 + record);
      byte[] aad = ("aad-" + record).getBytes();
      byte[] plain = Fixtures.payload(record * 3);
      byte[] cached = new byte[plain.length + Algorithm.TAG_LENGTH];
      byte[] fresh = new byte[plain.length + Algorithm.TAG_LENGTH];
      context.seal(nonce, aad, plain, 0, plain.length, cached, 0);
      aead.seal(key, nonce, aad, plain, 0, plain.length, fresh, 0);
      assertThat(cached).isEqualTo(fresh);
      assertThat(context.open(nonce, aad, fresh, 0, fresh.length)).isEqualTo(plain);
      byte[] tampered = Arrays.copyOf(fresh, fresh.length);
      tampered[tampered.length - 1] ^= 1;
      assertThat(context.open(nonce, aad, tampered, 0, tampered.length)).isNull();
      // a failed tag leaves the context usable
      assertThat(aead.open(key, nonce, aad, cached, 0, cached.length)).isEqualTo(plain);
    }
    context.destroy();
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void contextsOfDifferentKeysDoNotInterfere(Algorithm algorithm) {
    Aead aead = algorithm.aead();
    Aead.Context one = aead.newContext(key(algorithm, 1));
    Aead.Context two = aead.newContext(key(algorithm, 2));
    byte[] nonce = algorithm.nonceFor(7);
    byte[] plain = Fixtures.payload(100);
    byte[] sealedOne = new byte[116];
    byte[] sealedTwo = new byte[116];
    one.seal(nonce, new byte[0], plain, 0, 100, sealedOne, 0);
    two.seal(nonce, new byte[0], plain, 0, 100, sealedTwo, 0);
    assertThat(sealedOne).isNotEqualTo(sealedTwo);
    assertThat(two.open(nonce, new byte[0], sealedOne, 0, 116)).isNull();
    assertThat(one.open(nonce, new byte[0], sealedOne, 0, 116)).isEqualTo(plain);
    assertThat(two.open(nonce, new byte[0], sealedTwo, 0, 116)).isEqualTo(plain);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void theCallersKeyArrayIsCopied(Algorithm algorithm) {
    byte[] key = key(algorithm, 3);
    byte[] expected = new byte[116];
    byte[] nonce = algorithm.nonceFor(9);
    algorithm.aead().seal(key, nonce, new byte[0], Fixtures.payload(100), 0, 100, expected, 0);
    Aead.Context context = algorithm.aead().newContext(key);
    Arrays.fill(key, (byte) 0); // the caller zeroises its copy at once
    byte[] sealed = new byte[116];
    context.seal(nonce, new byte[0], Fixtures.payload(100), 0, 100, sealed, 0);
    assertThat(sealed).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void sameKeyAndNonceAgainStillSealsAsTheKnownAnswerTestsNeed(Algorithm algorithm) {
    // The JDK refuses consecutive GCM encryptions with one key and nonce on one Cipher; the
    // context falls back to a fresh Cipher for such fixed test vectors, as before.
    Aead.Context context = algorithm.aead().newContext(key(algorithm, 4));
    byte[] nonce = algorithm.nonceFor(5);
    byte[] first = new byte[116];
    byte[] second = new byte[116];
    context.seal(nonce, new byte[0], Fixtures.payload(100), 0, 100, first, 0);
    context.seal(nonce, new byte[0], Fixtures.payload(100), 0, 100, second, 0);
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void destroyedContextRefusesWorkAndShowsNoKey(Algorithm algorithm) {
    byte[] key = key(algorithm, 5);
    Aead.Context context = algorithm.aead().newContext(key);
    assertThat(context.toString())
        .doesNotContainIgnoringCase(java.util.HexFormat.of().formatHex(key))
        .doesNotContain(Arrays.toString(key));
    assertThat(context.isDestroyed()).isFalse();
    context.destroy();
    context.destroy();
    assertThat(context.isDestroyed()).isTrue();
    assertThatThrownBy(
            () ->
                context.seal(
                    algorithm.nonceFor(1), new byte[0], new byte[1], 0, 1, new byte[17], 0))
        .isInstanceOf(IllegalStateException.class);
  }
}
