package io.qgate.vault.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyQuestion.LinkUse;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.vault.domain.monitoring.AttackKind;
import io.qgate.vault.domain.monitoring.HardwareLinks;
import io.qgate.vault.domain.monitoring.LinkAttack;
import io.qgate.vault.domain.monitoring.LinkHealth;
import io.qgate.vault.domain.monitoring.LinkMonitorStore;
import io.qgate.vault.domain.monitoring.LinkSample;
import io.qgate.vault.domain.monitoring.TelemetryRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What operators do with a running link: read its health and time series, attach or detach a
 * simulated eavesdropper (a demonstration), and clear a compromise. Each change is recorded in the
 * audit trail before it is made; clearing is also a {@link LinkUse} decision of the network policy.
 */
@ApplicationScoped
public class LinkOperationsService {

  private static final PolicyScope NETWORK = new PolicyScope(Tenant.SHARED, PolicyDomain.NETWORK);

  @Inject LinkMonitorStore store;
  @Inject HardwareLinks hardware;
  @Inject AuditTrail auditTrail;
  @Inject PolicyEnforcement policies;
  @Inject LinkMonitorService monitor;

  public LinkHealth health(String linkId) {
    return store.health(linkId).orElseThrow(() -> new NotFoundException("link", linkId));
  }

  /**
   * The health of each of the links, ordered by id: one query however many there are. A link
   * removed from the registry meanwhile is left out.
   */
  public List<LinkHealth> health(List<String> linkIds) {
    return store.health(linkIds);
  }

  public List<LinkSample> telemetry(String linkId, TelemetryRange range) {
    health(linkId);
    return store.samples(linkId, range.from(), range.to(), range.step());
  }

  /** Attaches (or replaces) a simulated eavesdropper on a simulated link. */
  public LinkHealth attach(String linkId, AttackKind kind, Double fraction, String actor) {
    LinkHealth link = health(linkId);
    if (hardware.isHardware(linkId)) {
      throw new ConflictException(
          "link "
              + linkId
              + " is served by external QKD hardware; eavesdroppers are simulated only");
    }
    if (link.protocol().equals("CV_GG02")) {
      throw new ConflictException("the vault does not simulate CV_GG02 links such as " + linkId);
    }
    if (kind == AttackKind.PNS && link.protocol().equals("E91")) {
      throw new InvalidInputException(
          "attack", "PNS attacks weak coherent pulses; link " + linkId + " runs E91");
    }
    if (kind == AttackKind.INTERCEPT_RESEND && fraction == null) {
      throw new InvalidInputException("fraction", "INTERCEPT_RESEND needs a fraction in (0, 1]");
    }
    LinkAttack attack = new LinkAttack(kind, fraction == null ? 1 : fraction, actor, Instant.now());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("link", linkId);
    details.put("attack", kind.name());
    details.put("fraction", attack.fraction());
    record(AuditEventType.EAVESDROPPER_ATTACHED, actor, linkId, details);
    store.attach(linkId, attack);
    return health(linkId);
  }

  public LinkHealth detach(String linkId, String actor) {
    LinkAttack attack =
        health(linkId)
            .attack()
            .orElseThrow(() -> new NotFoundException("eavesdropper on link", linkId));
    record(
        AuditEventType.EAVESDROPPER_DETACHED,
        actor,
        linkId,
        Map.of("link", linkId, "attack", attack.describe()));
    store.detach(linkId);
    return health(linkId);
  }

  /**
   * Makes a compromised link usable again. The network policy must allow the link's last QBER
   * (denials are recorded); the clearing is recorded while the link's row is locked.
   */
  public LinkHealth clear(String linkId, String reason, String actor) {
    LinkHealth link = health(linkId);
    if (!link.compromised()) {
      throw new ConflictException("link " + linkId + " is not compromised");
    }
    double qber = link.qber() == null ? 0 : link.qber();
    policies.enforce(new LinkUse(NETWORK, actor, linkId, qber));
    LinkHealth cleared =
        store.clear(
            linkId,
            was -> {
              Map<String, Object> details = new LinkedHashMap<>();
              details.put("link", linkId);
              details.put("reason", reason);
              details.put("compromisedAt", String.valueOf(was.compromisedAt()));
              details.put("compromiseReason", String.valueOf(was.compromiseReason()));
              record(AuditEventType.LINK_CLEARED, actor, linkId, details);
            });
    monitor.raise(
        Alert.link(
            "LINK_CLEARED",
            "INFO",
            linkId,
            "QKD link " + linkId + " cleared by " + actor + ": " + reason,
            Map.of(
                "reason",
                reason,
                "actor",
                actor,
                "compromiseReason",
                String.valueOf(cleared.compromiseReason()))));
    return health(linkId);
  }

  private void record(
      AuditEventType type, String actor, String linkId, Map<String, Object> details) {
    auditTrail.record(
        AuditEvent.now(
            Tenant.SHARED.name(), type, actor, "link " + linkId, AuditOutcome.RECORDED, details));
  }
}
