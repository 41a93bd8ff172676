package io.qgate.vault.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.UnavailableException;
import io.qgate.vault.domain.ClosedKey;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.KekInventory;
import io.qgate.vault.domain.KekRewrap;
import io.qgate.vault.domain.KeyEventSink;
import io.qgate.vault.domain.KeyMetadata;
import io.qgate.vault.domain.KeyState;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkQuarantine;
import io.qgate.vault.domain.WrappedCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The life of issued keys after enc_keys: metadata, revocation, quarantine of a link, expiry of
 * unfetched reservations, and rewrapping under the current KEK. Every change is recorded in the
 * audit trail while the store holds the rows, before they change: if the trail refuses, nothing
 * changes (fail closed). Key events follow the commit. No container transaction: the store commits
 * itself.
 */
@ApplicationScoped
public class KeyLifecycleService {

  /** The audit trail's actor for what the vault does by itself. */
  public static final String VAULT_ACTOR = "key-vault";

  /** Expired keys erased per transaction, and per audit event. */
  static final int EXPIRY_BATCH = 1_000;

  /** Rows rewrapped per transaction. */
  static final int REWRAP_BATCH = 1_000;

  private static final Logger LOG = Logger.getLogger(KeyLifecycleService.class.getName());

  @Inject KeyStore store;
  @Inject AuditTrail auditTrail;
  @Inject KeyEventSink events;

  /** The metadata of an issued key (never its material). */
  public KeyMetadata key(UUID keyId) {
    return platform(() -> store.find(keyId))
        .orElseThrow(() -> new NotFoundException("key", keyId.toString()));
  }

  /** Withdraws a reserved key: no slave gets it any more, its material is erased. */
  public KeyMetadata revoke(UUID keyId, String reason, String actor) {
    KeyMetadata revoked =
        platform(
            () ->
                store.revoke(
                    keyId,
                    key -> {
                      Map<String, Object> details = new LinkedHashMap<>();
                      details.put("keyId", key.keyId().toString());
                      details.put("link", key.linkId());
                      details.put("master", key.masterSae());
                      details.put("slaves", key.slaveIds());
                      details.put("sizeBits", key.sizeBits());
                      details.put("reason", reason);
                      record(
                          key.tenant(),
                          AuditEventType.KEY_REVOKED,
                          actor,
                          "key " + key.keyId(),
                          details);
                    }));
    announce(
        KeyState.REVOKED,
        revoked.linkId(),
        List.of(revoked.keyId()),
        Map.of("reason", reason, "actor", actor, "master", revoked.masterSae()));
    return revoked;
  }

  /**
   * Takes everything a link produced out of circulation: its reserved keys are erased (state
   * QUARANTINED, so dec_keys refuses them) and its pool is emptied.
   */
  public LinkQuarantine quarantine(String linkId, String reason, String actor) {
    return quarantine(linkId, null, reason, actor);
  }

  /**
   * As {@link #quarantine(String, String, String)}, for what the link produced after {@code
   * producedAfter} (its last good window; null for everything): see {@link KeyStore#quarantine}.
   */
  public LinkQuarantine quarantine(
      String linkId, Instant producedAfter, String reason, String actor) {
    LinkQuarantine quarantine =
        platform(
            () ->
                store.quarantine(
                    linkId,
                    producedAfter,
                    q -> {
                      Map<String, Object> details = new LinkedHashMap<>();
                      details.put("link", q.linkId());
                      details.put("reason", reason);
                      if (producedAfter != null) {
                        details.put("producedAfter", producedAfter.toString());
                      }
                      details.put("keysQuarantined", q.quarantinedKeys().size());
                      details.put("poolBlocksDiscarded", q.discardedBlocks());
                      details.put("poolBitsDiscarded", q.discardedBits());
                      record(
                          Tenant.SHARED,
                          AuditEventType.KEY_QUARANTINED,
                          actor,
                          "link " + q.linkId(),
                          details);
                    }));
    announce(
        KeyState.QUARANTINED,
        linkId,
        quarantine.quarantinedKeys(),
        Map.of(
            "reason", reason, "actor", actor, "poolBlocksDiscarded", quarantine.discardedBlocks()));
    return quarantine;
  }

  /**
   * Erases every reserved key whose reservation has expired, {@value #EXPIRY_BATCH} per transaction
   * and audit event. Safe on every instance at once: each takes keys the others do not hold.
   *
   * @return how many keys it erased
   */
  public int expireDue() {
    int erased = 0;
    List<ClosedKey> batch;
    do {
      batch = platform(() -> store.expire(EXPIRY_BATCH, this::recordExpiry));
      erased += batch.size();
      Map<String, List<UUID>> byLink = new TreeMap<>();
      batch.forEach(k -> byLink.computeIfAbsent(k.linkId(), l -> new ArrayList<>()).add(k.keyId()));
      byLink.forEach((link, ids) -> announce(KeyState.EXPIRED, link, ids, Map.of()));
    } while (batch.size() == EXPIRY_BATCH);
    return erased;
  }

  private void recordExpiry(List<ClosedKey> keys) {
    Map<String, Long> perLink = new TreeMap<>();
    keys.forEach(k -> perLink.merge(k.linkId(), 1L, Long::sum));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("count", keys.size());
    details.put("links", perLink);
    details.put("keyIds", keys.stream().map(k -> k.keyId().toString()).toList());
    record(
        Tenant.SHARED,
        AuditEventType.KEY_EXPIRED,
        VAULT_ACTOR,
        keys.size() + " reserved keys expired",
        details);
  }

  /** Which KEKs the stored material is wrapped under. */
  public KekInventory kekInventory() {
    return platform(store::kekInventory);
  }

  /**
   * Moves every pool block and reserved key not under the current KEK to it, so the old KEK lines
   * can be removed from the KEK file. Recorded before it starts, with what it found to move.
   */
  public KekRewrap rewrap(String actor) {
    KekInventory before = kekInventory();
    Map<String, Object> found = new TreeMap<>();
    before.notUnderCurrent().forEach((kek, counts) -> found.put(kek, counts(counts)));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("toKek", before.currentKekId());
    details.put("found", found);
    record(
        Tenant.SHARED,
        AuditEventType.KEK_REWRAPPED,
        actor,
        "KEK " + before.currentKekId(),
        details);
    KekRewrap rewrap = platform(() -> store.rewrap(REWRAP_BATCH));
    LOG.info(
        () ->
            "KEK rewrap to "
                + rewrap.currentKekId()
                + ": moved "
                + rewrap.rewrapped()
                + ", not under it now "
                + rewrap.remaining());
    return rewrap;
  }

  private static Map<String, Object> counts(WrappedCounts counts) {
    return Map.of(
        "poolBlocks",
        counts.poolBlocks(),
        "keys",
        counts.keys(),
        "masterKeys",
        counts.masterKeys());
  }

  /**
   * @throws io.qgate.audit.domain.AuditUnavailableException if the trail cannot record it
   */
  private void record(
      Tenant tenant,
      AuditEventType type,
      String actor,
      String subject,
      Map<String, Object> details) {
    auditTrail.record(
        AuditEvent.now(tenant.name(), type, actor, subject, AuditOutcome.RECORDED, details));
  }

  /** After the commit: a lost event never undoes what the trail already records. */
  private void announce(
      KeyState state, String linkId, List<UUID> keyIds, Map<String, Object> facts) {
    try {
      events.keysClosed(state.name(), linkId, keyIds, facts);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Keys of link " + linkId + " " + state + " but not announced: " + e.getMessage());
    }
  }

  /** The store speaks ETSI (503 when it is down or shut); the platform API speaks problems. */
  private static <T> T platform(Supplier<T> call) {
    try {
      return call.get();
    } catch (EtsiException e) {
      throw new UnavailableException(e.getMessage());
    }
  }
}
