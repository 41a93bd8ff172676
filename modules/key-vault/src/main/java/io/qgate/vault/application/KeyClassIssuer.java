package io.qgate.vault.application;

import io.qgate.policy.domain.KeyClass;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.hybrid.InterKmeExchange;
import io.qgate.vault.domain.relay.RelayPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

/**
 * Reserves keys of the class the policy chose: QKD keys as distilled; HYBRID keys from each QKD key
 * and an ML-KEM-768 exchange between the master's and the slave's KME; PQC keys from that exchange
 * alone, taking nothing from the pool.
 */
@ApplicationScoped
public class KeyClassIssuer {

  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(SecureRandom::new);

  @Inject KeyStore store;

  /** Over {@code path}: a direct link, or trusted relays (the QKD key is the relayed one). */
  public List<IssuedKey> reserve(
      RelayPath path, Sae master, Sae slave, List<String> slaveIds, KeyOrder order) {
    if (order.keyClass() == KeyClass.QKD) {
      return store.reserve(path, master.id(), slaveIds, order, KeyDerivation.AS_DISTILLED);
    }
    try (InterKmeExchange exchange =
        InterKmeExchange.between(master.nodeId(), slave.nodeId(), RANDOM.get())) {
      KeyDerivation derivation =
          order.keyClass() == KeyClass.HYBRID
              ? (keyId, distilled) -> hybrid(exchange, keyId, distilled)
              : (keyId, none) -> bytesOf(exchange.pqc(keyId, order.sizeBits() / 8));
      return store.reserve(path, master.id(), slaveIds, order, derivation);
    }
  }

  private static byte[] hybrid(InterKmeExchange exchange, UUID keyId, byte[] distilled) {
    try (KeyMaterial qkd = KeyMaterial.copyOf(distilled)) {
      return bytesOf(exchange.hybrid(keyId, qkd));
    }
  }

  private static byte[] bytesOf(KeyMaterial key) {
    try (key) {
      return key.bytes();
    }
  }
}
