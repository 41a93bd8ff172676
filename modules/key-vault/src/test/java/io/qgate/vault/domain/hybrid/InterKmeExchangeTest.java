package io.qgate.vault.domain.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.telemetry.keys.KeyMaterial;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InterKmeExchangeTest {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void aHybridKeyIsAsLongAsItsQkdKeyAndNeitherItNorAnotherExchangesKey() {
    byte[] qkd = new byte[32];
    RANDOM.nextBytes(qkd);
    UUID keyId = UUID.randomUUID();
    byte[] first;
    byte[] second;
    try (InterKmeExchange exchange = InterKmeExchange.between("kme-a", "kme-b", RANDOM);
        KeyMaterial t = KeyMaterial.copyOf(qkd);
        KeyMaterial k = exchange.hybrid(keyId, t)) {
      first = k.bytes();
    }
    try (InterKmeExchange exchange = InterKmeExchange.between("kme-a", "kme-b", RANDOM);
        KeyMaterial t = KeyMaterial.copyOf(qkd);
        KeyMaterial k = exchange.hybrid(keyId, t)) {
      second = k.bytes();
    }

    assertThat(first).hasSize(32).isNotEqualTo(qkd);
    // A fresh ML-KEM secret per exchange: the same QKD key never gives the same HYBRID key.
    assertThat(second).hasSize(32).isNotEqualTo(first);
  }

  @Test
  void pqcKeysHaveTheAskedLengthAndDifferPerKey() {
    try (InterKmeExchange exchange = InterKmeExchange.between("kme-a", "kme-b", RANDOM);
        KeyMaterial one = exchange.pqc(UUID.randomUUID(), 16);
        KeyMaterial two = exchange.pqc(UUID.randomUUID(), 64)) {
      assertThat(one.length()).isEqualTo(16);
      assertThat(two.length()).isEqualTo(64);
      assertThat(Arrays.copyOf(two.bytes(), 16)).isNotEqualTo(one.bytes());
    }
  }

  @Test
  void pqcAndHybridKeysOfOneSecretDifferByTheirAlgorithmId() {
    MlKemPublicKey ek = MlKem768.generateKeyPair(RANDOM).publicKey();
    MlKemEncapsulation sent = MlKem768.encapsulate(ek, RANDOM);
    HybridKeyContext context = new HybridKeyContext(UUID.randomUUID(), "kme:a", "kme:b");
    try (KeyMaterial t = KeyMaterial.copyOf(new byte[32]);
        KeyMaterial pqc =
            PqcKeyDerivation.derive(sent.sharedSecret(), ek, sent.ciphertext(), context, 32);
        KeyMaterial hybrid =
            HybridKeyCombiner.combine(sent.sharedSecret(), t, ek, sent.ciphertext(), context)) {
      assertThat(pqc.sameAs(hybrid)).isFalse();
    } finally {
      sent.destroy();
    }
  }

  @Test
  void closingDestroysTheResponderKeySoTheExchangeCannotGoOn() {
    InterKmeExchange exchange = InterKmeExchange.between("kme-a", "kme-b", RANDOM);
    exchange.close();

    assertThatThrownBy(() -> exchange.pqc(UUID.randomUUID(), 32))
        .isInstanceOf(IllegalStateException.class);
  }
}
