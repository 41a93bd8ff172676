package io.qgate.audit.interfaces.rest;

import io.qgate.audit.domain.AuditRecord;
import io.qgate.platform.json.JsonParsing;
import jakarta.json.JsonObject;
import java.time.Instant;

/** An audit row as clients read it; {@code details} is the stored JSON object. */
public record AuditEventView(
    long seq,
    String eventId,
    Instant occurredAt,
    String tenant,
    String type,
    String actor,
    String subject,
    String outcome,
    JsonObject details,
    String prevHash,
    String hash) {

  static AuditEventView of(AuditRecord row) {
    var event = row.event();
    return new AuditEventView(
        row.seq(),
        event.eventId().toString(),
        event.occurredAt(),
        event.tenant(),
        event.type().name(),
        event.actor(),
        event.subject(),
        event.outcome().name(),
        JsonParsing.object(event.details()),
        row.prevHashHex(),
        row.hashHex());
  }
}
