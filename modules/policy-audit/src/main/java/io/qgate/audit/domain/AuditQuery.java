package io.qgate.audit.domain;

import java.time.Instant;
import java.util.Optional;

/** Which events to read: all filters optional, combined with AND; time bounds are [from, to). */
public record AuditQuery(
    Optional<String> tenant,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<AuditEventType> type,
    Optional<AuditOutcome> outcome) {

  public static AuditQuery all() {
    return new AuditQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
