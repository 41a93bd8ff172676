package io.qgate.vault.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyDeniedException;
import io.qgate.policy.domain.PolicyQuestion.KeyIssuance;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyEventSink;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeyRequest;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkStates;
import io.qgate.vault.domain.PoolLevel;
import io.qgate.vault.domain.PoolTooSmallException;
import io.qgate.vault.domain.Sae;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * ETSI GS QKD 014 as the vault serves it. The caller is the SAE its client certificate names; keys
 * for a pair of SAEs come from the pool of the QKD link between their KMEs' nodes. Each request is
 * decided by policy (key class, link QBER) and audited before any key moves.
 */
@ApplicationScoped
public class EtsiKeyService {

  @Inject KmeDirectory directory;
  @Inject KeyStore store;
  @Inject KeyClassIssuer issuer;
  @Inject LinkStates linkStates;
  @Inject PolicyEnforcement policies;
  @Inject AuditTrail auditTrail;
  @Inject KeyEventSink events;

  /** What the KME offers {@code callerSae} as master towards {@code slaveSaeId}. */
  public EtsiStatus status(String callerSae, String slaveSaeId) {
    Sae master = caller(callerSae);
    Sae slave = peer(slaveSaeId, "slave_SAE_ID");
    String link = linkBetween(master, slave);
    PoolLevel pool = store.level(link);
    return new EtsiStatus(
        kmeId(master),
        kmeId(slave),
        master.id(),
        slave.id(),
        pool.storedBits() / EtsiLimits.DEFAULT_KEY_SIZE,
        pool.capacityBits() / EtsiLimits.DEFAULT_KEY_SIZE);
  }

  /** enc_keys: new keys for the master, reserved for the slave (and any additional slaves). */
  public List<IssuedKey> encKeys(String callerSae, String slaveSaeId, KeyRequest request) {
    Sae master = caller(callerSae);
    List<Sae> slaves = new ArrayList<>();
    slaves.add(peer(slaveSaeId, "slave_SAE_ID"));
    for (String additional : request.additionalSlaves()) {
      Sae other = peer(additional, "additional_slave_SAE_IDs");
      if (!other.nodeId().equals(slaves.get(0).nodeId())) {
        throw EtsiException.badRequest(
            "additional slave SAE " + additional + " is not served by the KME of " + slaveSaeId,
            "additional_slave_SAE_IDs",
            additional);
      }
      slaves.add(other);
    }
    String link = linkBetween(master, slaves.get(0));
    linkStates.requireUsable(link);
    List<String> slaveIds = slaves.stream().map(Sae::id).distinct().toList();
    String subject =
        "enc_keys " + request.number() + " x " + request.sizeBits() + " bits for " + slaveSaeId;
    KeyClass keyClass =
        policies.keyClassFor(master.scope(), request.requiredClass(), request.preferredClass());
    KeyOrder order = new KeyOrder(request.number(), request.sizeBits(), keyClass);
    decide(master, keyClass, link, subject);
    List<IssuedKey> keys;
    try {
      keys = issuer.reserve(link, master, slaves.get(0), slaveIds, order);
    } catch (PoolTooSmallException dry) {
      KeyClass fallback =
          policies
              .fallbackForEmptyPool(master.scope(), keyClass, request.requiredClass())
              .filter(pqc -> KeyOrder.fits(pqc, request.sizeBits()))
              .orElseThrow(() -> dry);
      decide(
          master,
          fallback,
          link,
          subject + " (" + fallback + ": the pool of " + link + " ran dry)");
      keys =
          issuer.reserve(
              link,
              master,
              slaves.get(0),
              slaveIds,
              new KeyOrder(request.number(), request.sizeBits(), fallback));
    }
    recordDelivery(master, keys, Map.of("role", "master", "slaves", slaveIds, "link", link));
    events.keysMoved("RESERVED", link, master.id(), keys, Map.of("slaves", slaveIds));
    return keys;
  }

  /** dec_keys: the keys the master reserved for the calling slave, each exactly once. */
  public List<IssuedKey> decKeys(String callerSae, String masterSaeId, List<UUID> keyIds) {
    Sae slave = caller(callerSae);
    Sae master = peer(masterSaeId, "master_SAE_ID");
    if (keyIds.isEmpty()) {
      throw EtsiException.badRequest("key_IDs must name at least one key");
    }
    if (keyIds.size() > EtsiLimits.MAX_KEY_PER_REQUEST) {
      throw EtsiException.badRequest(
          "at most max_key_per_request (" + EtsiLimits.MAX_KEY_PER_REQUEST + ") key_IDs",
          "key_IDs",
          keyIds.size());
    }
    String link = linkBetween(master, slave);
    String subject = "dec_keys " + keyIds.size() + " keys from " + masterSaeId;
    // Decided before the delivery's transaction: recording the decision needs a connection too,
    // and 64 requests holding theirs while they wait for the trail would starve its writer.
    store.classesOf(keyIds).forEach(keyClass -> decide(slave, keyClass, link, subject));
    List<IssuedKey> keys = store.deliver(master.id(), slave.id(), keyIds);
    recordDelivery(slave, keys, Map.of("role", "slave", "master", master.id(), "link", link));
    events.keysMoved("DELIVERED", link, slave.id(), keys, Map.of("master", master.id()));
    return keys;
  }

  private void decide(Sae requester, KeyClass keyClass, String link, String subject) {
    double qber = linkStates.qber(link).orElse(0.0);
    try {
      policies.enforce(new KeyIssuance(requester.scope(), requester.id(), subject, keyClass, qber));
    } catch (PolicyDeniedException e) {
      // ETSI GS QKD 014 knows no 403: a request the policy refuses is unauthorised (401).
      throw EtsiException.unauthorized(e.getMessage());
    } catch (AuditUnavailableException e) {
      throw EtsiException.unavailable(e.getMessage());
    }
  }

  /**
   * Records which keys reached whom. After the store committed, so a failure here cannot undo the
   * delivery: it is logged and counted, and the decision that allowed it is already in the trail.
   * The caller does not wait for the row to be durable, for the same reason.
   */
  private void recordDelivery(Sae to, List<IssuedKey> keys, Map<String, Object> facts) {
    Map<String, Object> details = new LinkedHashMap<>(facts);
    details.put("keyIds", keys.stream().map(k -> k.keyId().toString()).toList());
    details.put("sizeBits", keys.isEmpty() ? 0 : keys.get(0).material().length * 8);
    details.put(
        "keyClasses", keys.stream().map(k -> k.keyClass().name()).distinct().sorted().toList());
    auditTrail.recordAfterTheFact(
        AuditEvent.now(
            to.tenant().name(),
            AuditEventType.KEY_DELIVERED,
            to.id(),
            keys.size() + " keys",
            AuditOutcome.RECORDED,
            details));
  }

  private Sae caller(String saeId) {
    if (saeId == null) {
      throw EtsiException.unauthorized("a client certificate naming a registered SAE is required");
    }
    return find(saeId)
        .orElseThrow(
            () -> EtsiException.unauthorized("SAE " + saeId + " is not registered with any KME"));
  }

  private Sae peer(String saeId, String parameter) {
    return find(saeId)
        .orElseThrow(
            () ->
                EtsiException.badRequest(
                    "SAE " + saeId + " is not registered with any KME", parameter, saeId));
  }

  /** The registries are in PostgreSQL: while it is unreachable ETSI callers get 503, not 500. */
  private Optional<Sae> find(String saeId) {
    try {
      return directory.sae(saeId);
    } catch (PersistenceException e) {
      throw EtsiException.unavailable("the SAE registry is unavailable; retry later");
    }
  }

  private String linkBetween(Sae a, Sae b) {
    if (a.nodeId().equals(b.nodeId())) {
      throw EtsiException.badRequest(
          "SAEs "
              + a.id()
              + " and "
              + b.id()
              + " share the KME of node "
              + a.nodeId()
              + "; keys come from a QKD link between two KMEs");
    }
    Optional<String> link;
    try {
      link = directory.linkBetween(a.nodeId(), b.nodeId());
    } catch (PersistenceException e) {
      throw EtsiException.unavailable("the network registry is unavailable; retry later");
    }
    return link.orElseThrow(
        () ->
            EtsiException.badRequest(
                "no QKD link joins the KMEs of "
                    + a.id()
                    + " ("
                    + a.nodeId()
                    + ") and "
                    + b.id()
                    + " ("
                    + b.nodeId()
                    + ")"));
  }

  private static String kmeId(Sae sae) {
    return sae.nodeId();
  }
}
