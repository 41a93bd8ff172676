package io.qgate.alerts.domain;

import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.access.TenantScope;
import java.time.Instant;
import java.util.Objects;

/**
 * Which alerts a list shows: always those of the tenants in {@code scope}; each other criterion
 * only when given (null means any). {@code from} is inclusive, {@code to} exclusive, on raisedAt.
 */
public record AlertFilter(
    TenantScope scope,
    AlertState state,
    AlertSeverity severity,
    SourceKind sourceKind,
    String sourceId,
    Instant from,
    Instant to) {

  public AlertFilter {
    Objects.requireNonNull(scope, "scope");
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidInputException("from", "must be before to");
    }
  }

  /** Every alert of the tenants in {@code scope}. */
  public static AlertFilter within(TenantScope scope) {
    return new AlertFilter(scope, null, null, null, null, null, null);
  }
}
