package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyRequest;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.PoolLevel;
import java.util.List;
import java.util.UUID;

/** The vault without a KEK: it stores nothing and answers every request with 503. */
final class ShutKeyStore implements KeyStore {

  private static EtsiException shut() {
    return EtsiException.unavailable(
        "the key vault has no key-encryption key (set QGATE_KEK_FILE)");
  }

  @Override
  public void deposit(String linkId, double qber, List<byte[]> blocks) {
    throw shut();
  }

  @Override
  public List<IssuedKey> reserve(
      String linkId, String masterSae, List<String> slaves, KeyRequest request) {
    throw shut();
  }

  @Override
  public List<IssuedKey> deliver(String masterSae, String slaveSae, List<UUID> keyIds) {
    throw shut();
  }

  @Override
  public PoolLevel level(String linkId) {
    throw shut();
  }

  @Override
  public List<PoolLevel> levels() {
    throw shut();
  }

  @Override
  public long waitingFor(String masterSae, String slaveSae) {
    throw shut();
  }
}
