package io.qgate.audit.interfaces.rest;

import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.audit.domain.AuditQuery;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.interfaces.rest.QueryParams;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Query parameters (tenant, from, to, type, outcome) as an {@link AuditQuery}, 400 if malformed.
 */
final class AuditQueries {

  private AuditQueries() {}

  static AuditQuery of(String tenant, String from, String to, String type, String outcome) {
    Optional<Instant> start = instant(from, "from");
    Optional<Instant> end = instant(to, "to");
    if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
      throw new InvalidInputException("to", "must be after 'from'");
    }
    return new AuditQuery(
        Optional.ofNullable(QueryParams.enumValue(Tenant.class, tenant, "tenant")).map(Enum::name),
        start,
        end,
        Optional.ofNullable(QueryParams.enumValue(AuditEventType.class, type, "type")),
        Optional.ofNullable(QueryParams.enumValue(AuditOutcome.class, outcome, "outcome")));
  }

  private static Optional<Instant> instant(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          parameter, "'" + value + "' is not an ISO-8601 instant such as 2026-11-26T00:00:00Z");
    }
  }
}
