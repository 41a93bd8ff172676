package io.qgate.vault.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyMetadata;
import io.qgate.vault.domain.KeyState;
import io.qgate.vault.infrastructure.JdbcKeyStore;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Key metadata and revocation on a real PostgreSQL, through {@link KeyLifecycleService} over the
 * platform's {@link JdbcKeyStore}: the metadata shows a key's life but never its material, a
 * revocation erases exactly the reserved key and dec_keys refuses it afterwards, and it is audited
 * before it happens (and changes nothing if the trail refuses).
 */
class KeyMetadataAndRevocationDatabaseTest extends KeyLifecycleFixture {

  @Test
  void metadataShowsTheKeysLifeButNeverItsMaterial() throws Exception {
    deposit(store, "l-ab", 4);
    IssuedKey key = reserveShared(store).get(0);
    store.deliver("sae-a", "sae-b", List.of(key.keyId()));

    KeyMetadata meta = lifecycle.key(key.keyId());
    assertThat(meta.linkId()).isEqualTo("l-ab");
    assertThat(meta.keyClass()).isEqualTo("QKD");
    assertThat(meta.sizeBits()).isEqualTo(256);
    assertThat(meta.masterSae()).isEqualTo("sae-a");
    assertThat(meta.state()).isEqualTo(KeyState.RESERVED);
    assertThat(meta.kekId()).isEqualTo("kek-1");
    assertThat(meta.slaves())
        .extracting(KeyMetadata.SlaveDelivery::saeId, KeyMetadata.SlaveDelivery::delivered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sae-b", true),
            org.assertj.core.groups.Tuple.tuple("sae-b2", false));
    assertThat(meta.expiresAt()).isAfter(meta.issuedAt());
    assertThat(meta.closedAt()).isNull();
    assertThat(meta.toString()).doesNotContain(Base64.getEncoder().encodeToString(key.material()));

    assertThatThrownBy(() -> lifecycle.key(UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void revocationErasesAReservedKeyAndDecKeysRefusesItFromThenOn() throws Exception {
    deposit(store, "l-ab", 4);
    List<IssuedKey> keys = reserveShared(store);
    IssuedKey key = keys.get(0);
    store.deliver("sae-a", "sae-b", List.of(key.keyId()));

    KeyMetadata revoked = lifecycle.revoke(key.keyId(), "SAE sae-b2 decommissioned", "alice");

    assertThat(revoked.state()).isEqualTo(KeyState.REVOKED);
    assertThat(revoked.kekId()).isNull();
    assertThat(revoked.closedAt()).isNotNull();
    assertErased(key.keyId(), KeyState.REVOKED);
    assertThat(state(keys.get(1).keyId())).isEqualTo("RESERVED");
    assertThatThrownBy(() -> store.deliver("sae-a", "sae-b2", List.of(key.keyId())))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("no longer available to SAE sae-b2 (revoked)")
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(400));

    assertThat(audit.events).hasSize(1);
    AuditEvent event = audit.events.get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.KEY_REVOKED);
    assertThat(event.tenant()).isEqualTo("SHARED"); // the master SAE's tenant
    assertThat(event.actor()).isEqualTo("alice");
    assertThat(event.subject()).isEqualTo("key " + key.keyId());
    assertThat(event.details()).contains("SAE sae-b2 decommissioned", "\"link\":\"l-ab\"");
    assertThat(events.closed).containsExactly(new Closed("REVOKED", "l-ab", List.of(key.keyId())));

    assertThatThrownBy(() -> lifecycle.revoke(key.keyId(), "again", "alice"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is revoked; only a reserved key can be revoked");
    assertThatThrownBy(() -> lifecycle.revoke(UUID.randomUUID(), "x", "alice"))
        .isInstanceOf(NotFoundException.class);
    store.deliver("sae-a", "sae-b", List.of(keys.get(1).keyId()));
    store.deliver("sae-a", "sae-b2", List.of(keys.get(1).keyId()));
    assertThatThrownBy(() -> lifecycle.revoke(keys.get(1).keyId(), "late", "alice"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is consumed");
    assertThat(audit.events).hasSize(1);
  }

  @Test
  void aRevocationTheAuditTrailRefusesChangesNothing() throws Exception {
    deposit(store, "l-ab", 2);
    IssuedKey key = reserve(store, "l-ab", "sae-b", 1).get(0);
    audit.down = true;
    assertThatThrownBy(() -> lifecycle.revoke(key.keyId(), "x", "alice"))
        .isInstanceOf(AuditUnavailableException.class);
    assertThat(state(key.keyId())).isEqualTo("RESERVED");
    assertThat(store.deliver("sae-a", "sae-b", List.of(key.keyId())).get(0).material())
        .isEqualTo(key.material());
  }
}
