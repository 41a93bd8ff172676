package io.qgate.vault.domain.telemetry;

import io.qgate.platform.domain.Tenant;
import java.util.Objects;
import java.util.Set;

/**
 * Who asks for a telemetry master key: an SAE (by its client certificate), a domain consumer of the
 * platform, or a person (the console). A reader only ever reads its own tenant's keys; within the
 * tenant the policy's reader roles decide.
 *
 * @param actor for the audit trail, e.g. {@code sae:ext-grid-reader}, {@code service:grid-monitor}
 * @param person true if decrypted data will be shown to a person (always audited)
 */
public record TelemetryReader(String actor, Tenant tenant, Set<String> roles, boolean person) {

  public TelemetryReader {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(tenant, "tenant");
    roles = Set.copyOf(roles);
  }

  /** A service of the platform reading under the role {@code telemetry-reader}. */
  public static TelemetryReader service(String name, Tenant tenant) {
    return new TelemetryReader("service:" + name, tenant, Set.of("telemetry-reader"), false);
  }
}
