package io.qgate.pipeline.application;

import io.qgate.pipeline.domain.LiveReading;
import io.qgate.pipeline.domain.LiveTelemetry;
import io.qgate.pipeline.domain.ReadingsWindow;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Role;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyQuestion.TelemetryDecryption;
import io.qgate.policy.domain.PolicyScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decrypted telemetry shown to a person: only of their tenants, only if the domain's policy names
 * one of their roles among its readers (vital signs: hospital operators), and recorded in the audit
 * trail as the policy says (health: every read; every refusal always).
 */
@ApplicationScoped
public class LiveTelemetryReads {

  /** The subject of a read of every device of a domain at once. */
  public static final String ALL_DEVICES = "*";

  @Inject LiveTelemetry live;
  @Inject PolicyEnforcement policies;

  /** The newest reading of each device of {@code domain} this instance consumes. */
  public List<LiveReading> latest(Operator reader, String domain) {
    return entitled(reader, domain, ALL_DEVICES).latest();
  }

  /** The last minute of one device, oldest first. */
  public List<LiveReading> device(Operator reader, String domain, String deviceId) {
    return entitled(reader, domain, deviceId).of(deviceId);
  }

  private ReadingsWindow entitled(Operator reader, String domain, String subject) {
    PolicyDomain policyDomain = telemetryDomain(domain);
    Tenant tenant =
        live.tenantOf(policyDomain.name())
            .orElseThrow(() -> new NotFoundException("telemetry consumer", domain));
    reader.requireSees(tenant, policyDomain + " telemetry");
    policies.enforce(
        new TelemetryDecryption(
            new PolicyScope(tenant, policyDomain), reader.name(), claims(reader), true, subject));
    return live.window(policyDomain.name())
        .orElseThrow(() -> new NotFoundException("telemetry consumer", domain));
  }

  private static PolicyDomain telemetryDomain(String domain) {
    String name = domain == null ? "" : domain.strip().toUpperCase(Locale.ROOT);
    for (PolicyDomain candidate : PolicyDomain.values()) {
      if (candidate != PolicyDomain.NETWORK && candidate.name().equals(name)) {
        return candidate;
      }
    }
    throw new NotFoundException("telemetry domain", domain);
  }

  /** The roles as policies name them (the realm's names). */
  private static Set<String> claims(Operator reader) {
    return reader.roles().stream().map(Role::claim).collect(Collectors.toSet());
  }
}
