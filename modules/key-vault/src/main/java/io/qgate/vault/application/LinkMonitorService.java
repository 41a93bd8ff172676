package io.qgate.vault.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.alert.AlertSink;
import io.qgate.vault.domain.LinkQuarantine;
import io.qgate.vault.domain.monitoring.LinkMonitorStore;
import io.qgate.vault.domain.monitoring.LinkObservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks a link compromised when a window of it crosses its alarm rule: records the decision in the
 * audit trail, quarantines what the link produced since its last good window, marks it (so every
 * instance stops using it), then raises an alert. In that order: if the trail refuses or the
 * quarantine fails, the link is not marked and the runner tries again next second (it deposits
 * nothing from a bad window meanwhile); once marked, its suspect key is already gone.
 */
@ApplicationScoped
public class LinkMonitorService {

  /** The audit trail's actor for what monitoring decides by itself. */
  public static final String MONITOR_ACTOR = "link-monitor";

  private static final Logger LOG = Logger.getLogger(LinkMonitorService.class.getName());

  @Inject LinkMonitorStore store;
  @Inject KeyLifecycleService lifecycle;
  @Inject AuditTrail auditTrail;
  @Inject AlertSink alerts;

  /**
   * @param lastGoodAt the end of the link's last good window; null quarantines all its material
   */
  public LinkQuarantine compromise(
      String linkId, LinkObservation seen, String reason, double threshold, Instant lastGoodAt) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("link", linkId);
    details.put("rule", "link-alarm");
    details.put("reason", reason);
    details.put("qber", seen.qber());
    details.put("qberAlarmThreshold", threshold);
    if (seen.chsh() != null) {
      details.put("chsh", seen.chsh());
    }
    if (seen.singlePhotonYield() != null) {
      details.put("singlePhotonYield", seen.singlePhotonYield());
      details.put("expectedSinglePhotonYield", seen.expectedSinglePhotonYield());
    }
    details.put("quarantineProducedAfter", lastGoodAt == null ? "all" : lastGoodAt.toString());
    auditTrail.record(
        AuditEvent.now(
            Tenant.SHARED.name(),
            AuditEventType.LINK_COMPROMISED,
            MONITOR_ACTOR,
            "link " + linkId,
            AuditOutcome.RECORDED,
            details));
    LinkQuarantine quarantine =
        lifecycle.quarantine(linkId, lastGoodAt, "link compromised: " + reason, MONITOR_ACTOR);
    if (store.markCompromised(linkId, seen.qber(), reason)) {
      details.put("keysQuarantined", quarantine.quarantinedKeys().size());
      details.put("poolBitsDiscarded", quarantine.discardedBits());
      raise(
          Alert.link(
              "LINK_COMPROMISED",
              "CRITICAL",
              linkId,
              "QKD link " + linkId + " compromised: " + reason,
              details));
      LOG.warning(
          () ->
              "Link "
                  + linkId
                  + " compromised ("
                  + reason
                  + "): "
                  + quarantine.quarantinedKeys().size()
                  + " keys and "
                  + quarantine.discardedBlocks()
                  + " pool blocks quarantined");
    }
    return quarantine;
  }

  /** After the change: an alert lost to Kafka never undoes what the trail records. */
  void raise(Alert alert) {
    try {
      alerts.raise(alert);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Alert " + alert.type() + " not published: " + e.getMessage());
    }
  }
}
