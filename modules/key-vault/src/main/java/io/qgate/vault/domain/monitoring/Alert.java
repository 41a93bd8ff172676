package io.qgate.vault.domain.monitoring;

import io.qgate.platform.domain.RandomIds;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An alert for operators on {@code qgate.alerts.v1}, in the topic's general shape
 * (docs/asyncapi.yaml): link alerts now, domain alerts of the grid, health and industrial consumers
 * later. Never key material.
 *
 * @param type what happened, e.g. {@code LINK_COMPROMISED}
 * @param severity INFO, WARNING or CRITICAL
 * @param sourceKind what raised it (LINK, DEVICE, ...), {@code sourceId} which one
 */
public record Alert(
    UUID alertId,
    String type,
    String severity,
    String tenant,
    String sourceKind,
    String sourceId,
    Instant raisedAt,
    String message,
    Map<String, Object> details) {

  public Alert {
    details = Map.copyOf(details);
  }

  /** An alert about a QKD link, raised now. */
  public static Alert link(
      String type, String severity, String linkId, String message, Map<String, Object> details) {
    return new Alert(
        RandomIds.uuid(),
        type,
        severity,
        "SHARED",
        "LINK",
        linkId,
        Instant.now(),
        message,
        details);
  }
}
