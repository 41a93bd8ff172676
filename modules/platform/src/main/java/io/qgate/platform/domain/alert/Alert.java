package io.qgate.platform.domain.alert;

import io.qgate.platform.domain.RandomIds;
import io.qgate.platform.domain.Tenant;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An alert for operators on {@code qgate.alerts.v1}, in the topic's general shape
 * (docs/asyncapi.yaml): link alerts and the domain alerts of the grid, health and industrial
 * consumers. Never key material, never a patient's data beyond a pseudonymous reference.
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

  /** An alert about a device's telemetry (a PMU, a patient monitor, a PLC tag), raised now. */
  public static Alert device(
      String type,
      String severity,
      Tenant tenant,
      String deviceId,
      String message,
      Map<String, Object> details) {
    return new Alert(
        RandomIds.uuid(),
        type,
        severity,
        tenant.name(),
        "DEVICE",
        deviceId,
        Instant.now(),
        message,
        details);
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
