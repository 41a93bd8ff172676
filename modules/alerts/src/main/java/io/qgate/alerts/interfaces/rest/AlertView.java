package io.qgate.alerts.interfaces.rest;

import io.qgate.alerts.domain.StoredAlert;
import io.qgate.platform.json.JsonParsing;
import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * An alert as clients read it; {@code details} is the alert's JSON object, the acknowledgement
 * members are absent while it is open.
 */
public record AlertView(
    String alertId,
    String type,
    String severity,
    String tenant,
    String sourceKind,
    String sourceId,
    Instant raisedAt,
    String message,
    JsonObject details,
    String state,
    String acknowledgedBy,
    Instant acknowledgedAt,
    String ackNote) {

  static AlertView of(StoredAlert alert) {
    return new AlertView(
        alert.alertId().toString(),
        alert.type(),
        alert.severity().name(),
        alert.tenant().name(),
        alert.sourceKind().name(),
        alert.sourceId(),
        alert.raisedAt(),
        alert.message(),
        JsonParsing.object(alert.details()),
        alert.state().name(),
        alert.acknowledgedBy(),
        alert.acknowledgedAt(),
        alert.ackNote());
  }
}
