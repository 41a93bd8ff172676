package io.qgate.alerts.application;

import io.qgate.alerts.domain.AlertFilter;
import io.qgate.alerts.domain.AlertRepository;
import io.qgate.alerts.domain.AlertSummary;
import io.qgate.alerts.domain.StoredAlert;
import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.platform.domain.alert.Alert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The alert store: alerts from {@code qgate.alerts.v1} kept once each, listed within the caller's
 * tenants, acknowledged once with the acknowledgement in the audit trail.
 */
@ApplicationScoped
@Transactional
public class AlertService {

  @Inject AlertRepository alerts;
  @Inject AuditTrail auditTrail;

  /**
   * Keeps each of {@code batch} unless it is stored already, in one transaction.
   *
   * @return how many were new
   */
  public int store(List<Alert> batch) {
    int stored = 0;
    for (Alert alert : batch) {
      if (alerts.storeIfAbsent(StoredAlert.of(alert))) {
        stored++;
      }
    }
    return stored;
  }

  public Page<StoredAlert> list(AlertFilter filter, PageRequest page) {
    return alerts.list(filter, page);
  }

  /**
   * @throws NotFoundException if there is no such alert
   * @throws ForbiddenException if its tenant is outside {@code scope}
   */
  public StoredAlert get(UUID alertId, TenantScope scope) {
    return visible(alerts.find(alertId), alertId, scope);
  }

  /**
   * Acknowledges the alert as {@code actor} now, and records it in the audit trail (if the trail
   * cannot record it, nothing changes).
   *
   * @throws NotFoundException if there is no such alert
   * @throws ForbiddenException if its tenant is outside {@code scope}
   * @throws io.qgate.platform.domain.ConflictException if it was acknowledged already
   */
  public StoredAlert acknowledge(UUID alertId, TenantScope scope, String actor, String note) {
    StoredAlert alert = visible(alerts.findForUpdate(alertId), alertId, scope);
    alert.acknowledge(actor, note, Instant.now());
    alerts.update(alert); // written (and row-locked) before the trail records it
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("alertId", alert.alertId().toString());
    details.put("type", alert.type());
    details.put("severity", alert.severity().name());
    details.put("source", alert.sourceKind().name() + " " + alert.sourceId());
    details.put("raisedAt", alert.raisedAt().toString());
    if (alert.ackNote() != null) {
      details.put("note", alert.ackNote());
    }
    auditTrail.record(
        AuditEvent.now(
            alert.tenant().name(),
            AuditEventType.ALERT_ACKNOWLEDGED,
            actor,
            "alert " + alert.alertId(),
            AuditOutcome.RECORDED,
            details));
    return alert;
  }

  /** Open alerts of the tenants in {@code scope} by tenant and severity. */
  public AlertSummary summary(TenantScope scope) {
    return AlertSummary.of(scope.tenants(), alerts.openCounts(scope));
  }

  private static StoredAlert visible(Optional<StoredAlert> found, UUID alertId, TenantScope scope) {
    StoredAlert alert = found.orElseThrow(() -> new NotFoundException("alert", alertId.toString()));
    if (!scope.includes(alert.tenant())) {
      throw new ForbiddenException(
          "alert " + alertId + " belongs to tenant " + alert.tenant() + ", not yours to see");
    }
    return alert;
  }
}
