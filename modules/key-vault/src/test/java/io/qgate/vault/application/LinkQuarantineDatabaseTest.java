package io.qgate.vault.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyState;
import io.qgate.vault.domain.LinkQuarantine;
import io.qgate.vault.infrastructure.JdbcKeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Link quarantine on a real PostgreSQL, through {@link KeyLifecycleService} over the platform's
 * {@link JdbcKeyStore}: every reserved key of the link is erased and its pool emptied, no key of
 * the link stays deliverable even under live enc_keys traffic, and the quarantine is audited before
 * it happens (and changes nothing if the trail refuses).
 */
class LinkQuarantineDatabaseTest extends KeyLifecycleFixture {

  @Test
  void quarantineErasesEveryReservedKeyOfTheLinkAndEmptiesItsPool() throws Exception {
    deposit(store, "l-ab", 10);
    deposit(store, "l-ac", 10);
    List<IssuedKey> ab = reserveShared(store); // 2 keys of 256 bits
    IssuedKey consumed = reserve(store, "l-ab", "sae-b", 1).get(0);
    store.deliver("sae-a", "sae-b", List.of(consumed.keyId()));
    store.deliver("sae-a", "sae-b", List.of(ab.get(0).keyId())); // sae-b2 still waits for it
    List<IssuedKey> ac = reserve(store, "l-ac", "sae-c", 2);

    LinkQuarantine result = lifecycle.quarantine("l-ab", "QBER alarm on l-ab", "bob");

    assertThat(result.quarantinedKeys())
        .containsExactlyInAnyOrderElementsOf(ab.stream().map(IssuedKey::keyId).toList());
    assertThat(result.discardedBlocks()).isEqualTo(7);
    assertThat(result.discardedBits()).isEqualTo(7 * 256);
    ab.forEach(k -> assertErased(k.keyId(), KeyState.QUARANTINED));
    assertThat(state(consumed.keyId())).isEqualTo("CONSUMED");
    assertThat(store.level("l-ab").storedBits()).isZero();
    assertThat(store.level("l-ac").storedBits()).isEqualTo(8 * 256);
    ac.forEach(k -> assertThat(hasMaterial(k.keyId())).isTrue());

    assertThatThrownBy(() -> store.deliver("sae-a", "sae-b2", List.of(ab.get(0).keyId())))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("(quarantined)");
    assertThatThrownBy(() -> reserve(store, "l-ab", "sae-b", 1))
        .isInstanceOf(EtsiException.class)
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(503));

    AuditEvent event = audit.events.get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.KEY_QUARANTINED);
    assertThat(event.subject()).isEqualTo("link l-ab");
    assertThat(event.details())
        .contains(
            "\"keysQuarantined\":2",
            "\"poolBlocksDiscarded\":7",
            "\"poolBitsDiscarded\":1792",
            "QBER alarm on l-ab");
    assertThat(events.closed).hasSize(1);
    assertThat(events.closed.get(0).type()).isEqualTo("QUARANTINED");
    assertThat(events.closed.get(0).keyIds()).hasSize(2);
  }

  @Test
  void quarantineOfALinkWithNothingStoredIsEmptyAndOfAnUnknownLinkIsNotFound() throws Exception {
    assertThat(lifecycle.quarantine("l-bc", "precaution", "bob").quarantinedKeys()).isEmpty();
    assertThatThrownBy(() -> lifecycle.quarantine("l-nowhere", "x", "bob"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("l-nowhere");
    assertThat(audit.events).hasSize(1);
  }

  @Test
  void aQuarantineTheAuditTrailRefusesChangesNothing() throws Exception {
    deposit(store, "l-ab", 4);
    IssuedKey key = reserve(store, "l-ab", "sae-b", 1).get(0);
    audit.down = true;
    assertThatThrownBy(() -> lifecycle.quarantine("l-ab", "x", "bob"))
        .isInstanceOf(AuditUnavailableException.class);
    assertThat(hasMaterial(key.keyId())).isTrue();
    assertThat(store.level("l-ab").storedBits()).isEqualTo(3 * 256);
  }

  @Test
  void aQuarantineDuringLiveEncKeysLeavesNoKeyOfTheLinkDeliverable() throws Exception {
    deposit(store, "l-ab", 3_000);
    JdbcKeyStore otherInstance = storeWith(kekFile);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        JdbcKeyStore instance = c % 2 == 0 ? store : otherInstance;
        done.add(
            clients.submit(
                () -> {
                  while (!stop.get()) {
                    try {
                      reserve(instance, "l-ab", "sae-b", 4);
                    } catch (EtsiException e) {
                      assertThat(e.status()).isEqualTo(503); // the pool is gone
                    }
                  }
                  return null;
                }));
      }
      Thread.sleep(300);
      lifecycle.quarantine("l-ab", "compromised", "bob");
      Thread.sleep(100);
      stop.set(true);
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(count("SELECT count(*) FROM vault_key WHERE link_id = 'l-ab'")).isPositive();
    assertThat(
            count("SELECT count(*) FROM vault_key WHERE link_id = 'l-ab' AND state = 'RESERVED'"))
        .isZero();
    assertThat(count("SELECT count(*) FROM vault_key WHERE wrapped IS NOT NULL")).isZero();
    assertThat(store.level("l-ab").storedBits()).isZero();
  }
}
