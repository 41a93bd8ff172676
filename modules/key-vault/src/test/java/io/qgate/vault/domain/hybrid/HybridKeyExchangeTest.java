package io.qgate.vault.domain.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.telemetry.keys.KeyMaterial;
import java.security.SecureRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HybridKeyExchangeTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HybridKeyContext CONTEXT =
      new HybridKeyContext(UUID.randomUUID(), "gateway-3", "hes-1");

  private final MlKemKeyPair responder = MlKem768.generateKeyPair(RANDOM);
  private final byte[] qkdKey = random(32);

  @Test
  void bothSidesDeriveTheSameHybridKey() {
    HybridKeyExchange.Initiation sent =
        HybridKeyExchange.initiate(
            responder.publicKey(), KeyMaterial.copyOf(qkdKey), CONTEXT, RANDOM);

    KeyMaterial received =
        HybridKeyExchange.respond(
            responder.privateKey(), sent.ciphertext(), KeyMaterial.copyOf(qkdKey), CONTEXT);

    assertThat(sent.hybridKey().length()).isEqualTo(32);
    assertThat(received.sameAs(sent.hybridKey())).isTrue();
  }

  @Test
  void aWrongCiphertextGivesADifferentKeyWithoutAnError() {
    HybridKeyExchange.Initiation sent =
        HybridKeyExchange.initiate(
            responder.publicKey(), KeyMaterial.copyOf(qkdKey), CONTEXT, RANDOM);
    byte[] tampered = sent.ciphertext();
    tampered[0] ^= 0x40;

    KeyMaterial received =
        HybridKeyExchange.respond(
            responder.privateKey(), tampered, KeyMaterial.copyOf(qkdKey), CONTEXT);

    assertThat(received.sameAs(sent.hybridKey())).isFalse();
  }

  @Test
  void aWrongQkdKeyGivesADifferentKey() {
    HybridKeyExchange.Initiation sent =
        HybridKeyExchange.initiate(
            responder.publicKey(), KeyMaterial.copyOf(qkdKey), CONTEXT, RANDOM);

    KeyMaterial received =
        HybridKeyExchange.respond(
            responder.privateKey(), sent.ciphertext(), KeyMaterial.wrap(random(32)), CONTEXT);

    assertThat(received.sameAs(sent.hybridKey())).isFalse();
  }

  @Test
  void aDifferentContextGivesADifferentKey() {
    HybridKeyExchange.Initiation sent =
        HybridKeyExchange.initiate(
            responder.publicKey(), KeyMaterial.copyOf(qkdKey), CONTEXT, RANDOM);
    HybridKeyContext otherResponder =
        new HybridKeyContext(CONTEXT.qkdKeyId(), CONTEXT.initiatorId(), "hes-2");

    KeyMaterial received =
        HybridKeyExchange.respond(
            responder.privateKey(), sent.ciphertext(), KeyMaterial.copyOf(qkdKey), otherResponder);

    assertThat(received.sameAs(sent.hybridKey())).isFalse();
  }

  @Test
  void theWrongDecapsulationKeyGivesADifferentKey() {
    HybridKeyExchange.Initiation sent =
        HybridKeyExchange.initiate(
            responder.publicKey(), KeyMaterial.copyOf(qkdKey), CONTEXT, RANDOM);
    MlKemKeyPair stranger = MlKem768.generateKeyPair(RANDOM);

    KeyMaterial received =
        HybridKeyExchange.respond(
            stranger.privateKey(), sent.ciphertext(), KeyMaterial.copyOf(qkdKey), CONTEXT);

    assertThat(received.sameAs(sent.hybridKey())).isFalse();
  }

  @Test
  void twoExchangesWithTheSameQkdKeyGiveDifferentKeys() {
    KeyMaterial first =
        HybridKeyExchange.initiate(
                responder.publicKey(), KeyMaterial.copyOf(qkdKey), CONTEXT, RANDOM)
            .hybridKey();
    KeyMaterial second =
        HybridKeyExchange.initiate(
                responder.publicKey(), KeyMaterial.copyOf(qkdKey), CONTEXT, RANDOM)
            .hybridKey();

    assertThat(first.sameAs(second)).isFalse();
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
