package io.qgate.vault.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.PolicyDeniedException;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyQuestion.LinkUse;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.LinkStates;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.relay.RelayHop;
import io.qgate.vault.domain.relay.RelayPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relaying as a policy decision and an audit event: every hop's link is a {@link LinkUse} decision
 * of the network policy (its QBER against the ceiling; a denial is audited and refuses the whole
 * request), and the relay, once committed, is a {@code KEY_RELAYED} event naming the keys, the hops
 * and the bits each hop's pool gave.
 */
@ApplicationScoped
public class RelayRecords {

  private static final PolicyScope NETWORK = new PolicyScope(Tenant.SHARED, PolicyDomain.NETWORK);

  @Inject PolicyEnforcement policies;
  @Inject LinkStates linkStates;
  @Inject AuditTrail auditTrail;

  /**
   * @throws EtsiException 401 if the network policy refuses a hop, 503 if the trail is down
   */
  public void decideHops(Sae master, RelayPath path) {
    for (RelayHop hop : path.hops()) {
      double qber = linkStates.qber(hop.linkId()).orElse(0.0);
      try {
        policies.enforce(new LinkUse(NETWORK, master.id(), hop.linkId(), qber));
      } catch (PolicyDeniedException e) {
        throw EtsiException.unauthorized(
            "relay hop " + hop.linkId() + " refused: " + e.getMessage());
      } catch (AuditUnavailableException e) {
        throw EtsiException.unavailable(e.getMessage());
      }
    }
  }

  /**
   * After the commit, as {@code KEY_DELIVERED}: the KEY_ISSUANCE decision before it already names
   * the path, so a lost event loses no fact the trail needs to show the relay was allowed.
   */
  public void recordRelay(
      Sae master, List<String> slaveIds, RelayPath path, List<IssuedKey> keys, int sizeBits) {
    int bitsPerKey = EtsiLimits.blocksFor(sizeBits) * EtsiLimits.BLOCK_BITS;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("master", master.id());
    details.put("slaves", slaveIds);
    details.put("keyIds", keys.stream().map(k -> k.keyId().toString()).toList());
    details.put("sizeBits", sizeBits);
    details.put(
        "hops",
        path.hops().stream()
            .map(
                h ->
                    Map.of(
                        "link", h.linkId(),
                        "from", h.fromNode(),
                        "to", h.toNode(),
                        "bitsConsumed", (long) bitsPerKey * keys.size()))
            .toList());
    auditTrail.recordAfterTheFact(
        AuditEvent.now(
            master.tenant().name(),
            AuditEventType.KEY_RELAYED,
            master.id(),
            keys.size() + " keys relayed over " + path,
            AuditOutcome.RECORDED,
            details));
  }
}
