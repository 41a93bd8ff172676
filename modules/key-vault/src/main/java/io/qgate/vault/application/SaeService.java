package io.qgate.vault.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.network.domain.Node;
import io.qgate.network.domain.NodeRepository;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.SaeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Registers SAEs with a node's KME; from then on their client certificates get them keys. */
@ApplicationScoped
@Transactional
public class SaeService {

  @Inject SaeRepository saes;
  @Inject NodeRepository nodes;
  @Inject AuditTrail auditTrail;

  /**
   * Registers {@code saeId} with the KME of {@code nodeId}, in that node's tenant, with the roles
   * it reads telemetry keys under (none for an SAE that only exchanges ETSI keys).
   */
  public Sae register(String saeId, String nodeId, Set<String> roles, String actor) {
    if (saes.find(saeId).isPresent()) {
      throw new ConflictException("SAE " + saeId + " is already registered");
    }
    Node node =
        nodes
            .find(nodeId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "nodeId", "No node with id '" + nodeId + "' is registered"));
    Sae sae = new Sae(saeId, node.id(), node.tenant(), Sae.domainOf(node.tenant()), roles);
    saes.add(sae);
    auditTrail.record(
        AuditEvent.now(
            sae.tenant().name(),
            AuditEventType.SAE_REGISTERED,
            actor,
            "sae " + saeId,
            AuditOutcome.RECORDED,
            Map.of(
                "node", node.id(),
                "domain", sae.domain().name(),
                "roles", String.join(",", new TreeSet<>(roles)))));
    return sae;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Sae> all() {
    return saes.all();
  }

  /** The SAEs of the tenants in {@code scope}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Sae> all(TenantScope scope) {
    return saes.all().stream().filter(sae -> scope.includes(sae.tenant())).toList();
  }

  /**
   * Whether an SAE of a tenant in {@code scope} issued something; an SAE no longer registered is
   * nobody's (fail closed).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean inScope(String saeId, TenantScope scope) {
    return saes.find(saeId).map(Sae::tenant).filter(scope::includes).isPresent();
  }
}
