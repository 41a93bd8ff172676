package io.qgate.vault.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyState;
import io.qgate.vault.infrastructure.JdbcKeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Expiry on a real PostgreSQL, through {@link KeyLifecycleService} over the platform's {@link
 * JdbcKeyStore}: the sweep erases exactly the expired reservations (once, even with two instances
 * sweeping at once), dec_keys refuses them afterwards, and the sweep is audited before it happens
 * (and erases nothing if the trail refuses).
 */
class KeyExpiryDatabaseTest extends KeyLifecycleFixture {

  @Test
  void theSweepErasesExactlyTheExpiredReservations() throws Exception {
    deposit(store, "l-ab", 20);
    deposit(store, "l-ac", 4);
    List<IssuedKey> ab = reserve(store, "l-ab", "sae-b", 6);
    List<IssuedKey> ac = reserve(store, "l-ac", "sae-c", 2);
    IssuedKey consumed = reserve(store, "l-ab", "sae-b", 1).get(0);
    store.deliver("sae-a", "sae-b", List.of(consumed.keyId()));

    List<UUID> due = List.of(ab.get(0).keyId(), ab.get(2).keyId(), ab.get(4).keyId());
    List<UUID> expired = new ArrayList<>(due);
    expired.add(ac.get(1).keyId());
    backdate(expired);
    backdate(List.of(consumed.keyId()));

    assertThat(lifecycle.expireDue()).isEqualTo(4);

    for (UUID id : expired) {
      assertErased(id, KeyState.EXPIRED);
    }
    for (IssuedKey live : List.of(ab.get(1), ab.get(3), ab.get(5), ac.get(0))) {
      assertThat(state(live.keyId())).isEqualTo("RESERVED");
      assertThat(hasMaterial(live.keyId())).isTrue();
    }
    assertThat(state(consumed.keyId())).isEqualTo("CONSUMED");
    assertThat(audit.events).hasSize(1);
    AuditEvent event = audit.events.get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.KEY_EXPIRED);
    assertThat(event.tenant()).isEqualTo("SHARED");
    assertThat(event.actor()).isEqualTo(KeyLifecycleService.VAULT_ACTOR);
    assertThat(event.details()).contains("\"count\":4", "\"links\":{\"l-ab\":3,\"l-ac\":1}");
    expired.forEach(id -> assertThat(event.details()).contains(id.toString()));
    assertThat(events.closed).extracting(Closed::type).containsOnly("EXPIRED");
    assertThat(events.closed).extracting(Closed::linkId).containsExactly("l-ab", "l-ac");
    assertThat(events.closed.get(0).keyIds()).containsExactlyInAnyOrderElementsOf(due);
    assertThat(events.closed.get(1).keyIds()).containsExactly(ac.get(1).keyId());

    assertThatThrownBy(() -> store.deliver("sae-a", "sae-b", List.of(due.get(0))))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("no longer available to SAE sae-b (expired)");
    assertThat(store.deliver("sae-a", "sae-b", List.of(ab.get(1).keyId())).get(0).material())
        .isEqualTo(ab.get(1).material());

    // Nothing left to erase: no event.
    assertThat(lifecycle.expireDue()).isZero();
    assertThat(audit.events).hasSize(1);
  }

  @Test
  void sweepsOnTwoInstancesAtOnceEraseEachExpiredKeyOnce() throws Exception {
    deposit(store, "l-ab", 2_600);
    List<UUID> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      reserve(store, "l-ab", "sae-b", 128).forEach(k -> all.add(k.keyId()));
    }
    backdate(all);
    KeyLifecycleService other = service(storeWith(kekFile));

    ExecutorService sweepers = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> erased = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        KeyLifecycleService instance = i % 2 == 0 ? lifecycle : other;
        erased.add(sweepers.submit(instance::expireDue));
      }
      int total = 0;
      for (Future<Integer> f : erased) {
        total += f.get();
      }
      assertThat(total).isEqualTo(all.size());
    } finally {
      sweepers.shutdownNow();
    }
    List<UUID> audited = new ArrayList<>();
    for (AuditEvent event : audit.events) {
      for (UUID id : all) {
        if (event.details().contains(id.toString())) {
          audited.add(id);
        }
      }
    }
    assertThat(audited).hasSize(all.size()).doesNotHaveDuplicates();
    assertThat(count("SELECT count(*) FROM vault_key WHERE state = 'EXPIRED' AND wrapped IS NULL"))
        .isEqualTo(all.size());
  }

  @Test
  void aSweepTheAuditTrailRefusesErasesNothing() throws Exception {
    deposit(store, "l-ab", 4);
    List<IssuedKey> keys = reserve(store, "l-ab", "sae-b", 2);
    backdate(keys.stream().map(IssuedKey::keyId).toList());
    audit.down = true;

    assertThatThrownBy(lifecycle::expireDue).isInstanceOf(AuditUnavailableException.class);
    keys.forEach(k -> assertThat(hasMaterial(k.keyId())).isTrue());
    assertThat(events.closed).isEmpty();

    audit.down = false;
    assertThat(lifecycle.expireDue()).isEqualTo(2);
    keys.forEach(k -> assertErased(k.keyId(), KeyState.EXPIRED));
  }
}
