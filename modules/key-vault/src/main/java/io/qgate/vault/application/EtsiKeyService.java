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
import io.qgate.vault.domain.KeySources;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkStates;
import io.qgate.vault.domain.NoUsablePathException;
import io.qgate.vault.domain.PoolLevel;
import io.qgate.vault.domain.PoolTooSmallException;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.relay.RelayPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * ETSI GS QKD 014 as the vault serves it. The caller is the SAE its client certificate names; keys
 * for a pair of SAEs come from the pool of the QKD link between their KMEs' nodes or, without a
 * usable one, are relayed over a path of links through trusted nodes ({@link KeyRouting}). Each
 * request is decided by policy (key class, link QBER; each hop of a relay) and audited before any
 * key moves.
 */
@ApplicationScoped
public class EtsiKeyService {

  @Inject KmeDirectory directory;
  @Inject KeyStore store;
  @Inject KeyClassIssuer issuer;
  @Inject KeyRouting routing;
  @Inject LinkStates linkStates;
  @Inject PolicyEnforcement policies;
  @Inject AuditTrail auditTrail;
  @Inject KeyEventSink events;
  @Inject RelayRecords relays;

  /** What the KME offers {@code callerSae} as master towards {@code slaveSaeId}. */
  public EtsiStatus status(String callerSae, String slaveSaeId) {
    Sae master = caller(callerSae);
    Sae slave = peer(slaveSaeId, "slave_SAE_ID");
    RelayPath path = routing.pathForStatus(master, slave);
    PoolLevel first = store.level(path.firstLink());
    long stored = path.relayed() ? routing.storedBits(path) : first.storedBits();
    return new EtsiStatus(
        kmeId(master),
        kmeId(slave),
        master.id(),
        slave.id(),
        stored / EtsiLimits.DEFAULT_KEY_SIZE,
        first.capacityBits() / EtsiLimits.DEFAULT_KEY_SIZE);
  }

  /** Keys reserved and the path they came over. */
  private record Reserved(RelayPath path, List<IssuedKey> keys) {}

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
    Sae slave = slaves.get(0);
    List<String> slaveIds = slaves.stream().map(Sae::id).distinct().toList();
    String subject =
        "enc_keys " + request.number() + " x " + request.sizeBits() + " bits for " + slaveSaeId;
    KeyClass keyClass =
        policies.keyClassFor(master.scope(), request.requiredClass(), request.preferredClass());
    KeyOrder order = new KeyOrder(request.number(), request.sizeBits(), keyClass);
    Reserved reserved;
    try {
      reserved = overBestPath(master, slave, slaveIds, order, subject);
    } catch (PoolTooSmallException | NoUsablePathException dry) {
      // No QKD key to be had — pools dry, or every path compromised: PQC, which takes nothing
      // from any link, stands in where the policy allows it.
      KeyClass fallback =
          policies
              .fallbackForEmptyPool(master.scope(), keyClass, request.requiredClass())
              .filter(pqc -> KeyOrder.fits(pqc, request.sizeBits()))
              .orElseThrow(() -> dry);
      RelayPath path = routing.pathForStatus(master, slave); // the key is filed under its link
      String dryWhere =
          dry instanceof NoUsablePathException
              ? "no usable QKD path to " + slave.nodeId()
              : path.relayed()
                  ? "no QKD path to " + slave.nodeId() + " had key"
                  : "the pool of " + path.firstLink() + " ran dry";
      decide(master, fallback, path, subject + " (" + fallback + ": " + dryWhere + ")");
      KeyOrder pqc = new KeyOrder(request.number(), request.sizeBits(), fallback);
      reserved = new Reserved(path, issuer.reserve(path, master, slave, slaveIds, pqc));
    }
    List<IssuedKey> keys = reserved.keys();
    RelayPath path = reserved.path();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("slaves", slaveIds);
    boolean relayed = path.relayed() && keys.get(0).keyClass() != KeyClass.PQC;
    if (relayed) {
      facts.put("path", path.linkIds());
      relays.recordRelay(master, slaveIds, path, keys, request.sizeBits());
    }
    Map<String, Object> delivery = new LinkedHashMap<>(facts);
    delivery.put("role", "master");
    delivery.put("link", path.firstLink());
    recordDelivery(master, keys, delivery);
    events.keysMoved("RESERVED", path.firstLink(), master.id(), keys, facts);
    return keys;
  }

  /**
   * The direct link if usable, else the best relay path; a direct link whose pool runs dry is
   * routed around when some path has the key.
   */
  private Reserved overBestPath(
      Sae master, Sae slave, List<String> slaveIds, KeyOrder order, String subject) {
    if (order.keyClass() == KeyClass.PQC) {
      // PQC takes nothing from any link: the link's health and pool do not matter.
      return reserveOver(
          routing.pathForStatus(master, slave), master, slave, slaveIds, order, subject);
    }
    long bits = relayBits(order);
    RelayPath path = routing.pathFor(master, slave, bits);
    try {
      return reserveOver(path, master, slave, slaveIds, order, subject);
    } catch (PoolTooSmallException dry) {
      if (path.relayed() || bits == 0) {
        throw dry;
      }
      RelayPath around;
      try {
        around = routing.routed(master, slave, bits);
      } catch (EtsiException noneBetter) {
        throw dry;
      }
      if (!around.relayed()) {
        throw dry;
      }
      return reserveOver(around, master, slave, slaveIds, order, subject);
    }
  }

  private Reserved reserveOver(
      RelayPath path,
      Sae master,
      Sae slave,
      List<String> slaveIds,
      KeyOrder order,
      String subject) {
    if (path.relayed()) {
      relays.decideHops(master, path);
      subject = subject + " relayed over " + path;
    }
    decide(master, order.keyClass(), path, subject);
    return new Reserved(path, issuer.reserve(path, master, slave, slaveIds, order));
  }

  private static long relayBits(KeyOrder order) {
    return (long) EtsiLimits.blocksFor(order.sizeBits()) * EtsiLimits.BLOCK_BITS * order.number();
  }

  /**
   * dec_keys: the keys the master reserved for the calling slave, each exactly once. Decided by the
   * keys themselves (their classes, the worst QBER of the links they came over), so relayed keys
   * need no link between the two SAEs' KMEs.
   */
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
    String subject = "dec_keys " + keyIds.size() + " keys from " + masterSaeId;
    // Decided before the delivery's transaction: recording the decision needs a connection too,
    // and 64 requests holding theirs while they wait for the trail would starve its writer.
    KeySources sources = store.sourcesOf(keyIds);
    double qber = worstQber(sources.links());
    sources
        .classes()
        .forEach(
            keyClass -> decide(slave, keyClass, keyClass == KeyClass.PQC ? 0.0 : qber, subject));
    List<IssuedKey> keys = store.deliver(master.id(), slave.id(), keyIds);
    String link = sources.sourceLinks().stream().sorted().findFirst().orElse("");
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("master", master.id());
    if (sources.links().size() > 1) {
      facts.put("links", sources.links().stream().sorted().toList());
    }
    Map<String, Object> delivery = new LinkedHashMap<>(facts);
    delivery.put("role", "slave");
    delivery.put("link", link);
    recordDelivery(slave, keys, delivery);
    events.keysMoved("DELIVERED", link, slave.id(), keys, facts);
    return keys;
  }

  private void decide(Sae requester, KeyClass keyClass, RelayPath path, String subject) {
    // A PQC key takes nothing from a QKD link: the links' QBER does not bear on it.
    double qber = keyClass == KeyClass.PQC ? 0.0 : worstQber(path.linkIds());
    decide(requester, keyClass, qber, subject);
  }

  /** A relayed key is as exposed as its weakest hop. */
  private double worstQber(Collection<String> links) {
    return links.stream().mapToDouble(link -> linkStates.qber(link).orElse(0.0)).max().orElse(0.0);
  }

  private void decide(Sae requester, KeyClass keyClass, double qber, String subject) {
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

  private static String kmeId(Sae sae) {
    return sae.nodeId();
  }
}
