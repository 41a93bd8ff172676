package io.qgate.vault.interfaces.rest;

import io.qgate.audit.domain.AuditRecord;
import io.qgate.platform.json.JsonParsing;
import jakarta.json.JsonObject;
import java.time.Instant;

/** A key event of the audit trail; {@code seq} finds it there. */
public record KeyEventView(
    long seq,
    Instant occurredAt,
    String type,
    String outcome,
    String tenant,
    String actor,
    String subject,
    JsonObject details) {

  static KeyEventView of(AuditRecord row) {
    var event = row.event();
    return new KeyEventView(
        row.seq(),
        event.occurredAt(),
        event.type().name(),
        event.outcome().name(),
        event.tenant(),
        event.actor(),
        event.subject(),
        JsonParsing.object(event.details()));
  }
}
