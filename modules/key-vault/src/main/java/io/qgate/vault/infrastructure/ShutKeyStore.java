package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.ClosedKey;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KekInventory;
import io.qgate.vault.domain.KekRewrap;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyMetadata;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeySources;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkQuarantine;
import io.qgate.vault.domain.PoolLevel;
import io.qgate.vault.domain.relay.RelayPath;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

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
      String linkId,
      String masterSae,
      List<String> slaves,
      KeyOrder order,
      KeyDerivation derivation) {
    throw shut();
  }

  @Override
  public List<IssuedKey> reserve(
      RelayPath path,
      String masterSae,
      List<String> slaves,
      KeyOrder order,
      KeyDerivation derivation) {
    throw shut();
  }

  @Override
  public List<IssuedKey> deliver(String masterSae, String slaveSae, List<UUID> keyIds) {
    throw shut();
  }

  @Override
  public KeySources sourcesOf(List<UUID> keyIds) {
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
  public Optional<KeyMetadata> find(UUID keyId) {
    throw shut();
  }

  @Override
  public List<ClosedKey> expire(int limit, Consumer<List<ClosedKey>> beforeErase) {
    throw shut();
  }

  @Override
  public KeyMetadata revoke(UUID keyId, Consumer<KeyMetadata> beforeErase) {
    throw shut();
  }

  @Override
  public LinkQuarantine quarantine(
      String linkId, java.time.Instant producedAfter, Consumer<LinkQuarantine> beforeErase) {
    throw shut();
  }

  @Override
  public KekInventory kekInventory() {
    throw shut();
  }

  @Override
  public KekRewrap rewrap(int batchSize) {
    throw shut();
  }
}
