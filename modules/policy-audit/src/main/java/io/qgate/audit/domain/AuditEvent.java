package io.qgate.audit.domain;

import io.qgate.platform.domain.RandomIds;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something security-relevant that happened, before it takes its place in the chain. Never holds
 * key material: details name keys by id only.
 *
 * @param occurredAt truncated to microseconds, the precision PostgreSQL keeps, so the hash of a row
 *     read back equals the hash computed when it was written
 * @param details canonical JSON (see {@link CanonicalJson}), stored and hashed verbatim
 */
public record AuditEvent(
    UUID eventId,
    Instant occurredAt,
    String tenant,
    AuditEventType type,
    String actor,
    String subject,
    AuditOutcome outcome,
    String details) {

  public AuditEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(details, "details");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** A new event happening now. */
  public static AuditEvent now(
      String tenant,
      AuditEventType type,
      String actor,
      String subject,
      AuditOutcome outcome,
      Map<String, ?> details) {
    return new AuditEvent(
        RandomIds.timeOrderedUuid(),
        Instant.now(),
        tenant,
        type,
        actor,
        subject,
        outcome,
        CanonicalJson.write(details));
  }
}
