package io.qgate.vault.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.vault.domain.telemetry.MasterKeyCustody;
import io.qgate.vault.domain.telemetry.TelemetryMasterKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What happened to keys lately, for the people watching them: the gateways' telemetry master keys
 * as they rotate, and the key events of the audit trail. Metadata only: neither source holds key
 * material in clear, and none is read here.
 */
@ApplicationScoped
public class KeyActivity {

  /** The key events the console lists: issuance to delivery to the end of a key. */
  static final Set<AuditEventType> KEY_EVENTS =
      EnumSet.of(
          AuditEventType.KEY_ISSUANCE,
          AuditEventType.KEY_DELIVERED,
          AuditEventType.KEY_RELAYED,
          AuditEventType.KEY_EXPIRED,
          AuditEventType.KEY_REVOKED,
          AuditEventType.KEY_QUARANTINED,
          AuditEventType.KEK_REWRAPPED,
          AuditEventType.TELEMETRY_KEY_RELEASED);

  /** How far back the events go: a day, so the query stays on the time indexes. */
  public static final Duration EVENT_WINDOW = Duration.ofDays(1);

  @Inject MasterKeyCustody custody;
  @Inject AuditTrail auditTrail;
  private final Clock clock = Clock.systemUTC();

  /** The newest telemetry master keys of the tenants in {@code scope}, newest first. */
  public List<TelemetryMasterKey> masterKeys(TenantScope scope, int limit) {
    return custody.latest(scope.tenants(), limit);
  }

  /** The newest key events of the last day of the tenants in {@code scope}, newest first. */
  public List<AuditRecord> events(TenantScope scope, int limit) {
    // Scopes always include SHARED: the core links' events and KEK rewraps.
    Set<String> tenants = scope.tenants().stream().map(Enum::name).collect(Collectors.toSet());
    return auditTrail.recent(KEY_EVENTS, tenants, clock.instant().minus(EVENT_WINDOW), limit);
  }
}
