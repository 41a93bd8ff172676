package io.qgate.compliance.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.audit.domain.AuditQuery;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.certification.application.CertificationService;
import io.qgate.certification.domain.Certification;
import io.qgate.certification.domain.CertificationStatus;
import io.qgate.certification.domain.Device;
import io.qgate.compliance.application.ComplianceReport.Denial;
import io.qgate.compliance.application.ComplianceReport.ExpiringCertification;
import io.qgate.compliance.application.ComplianceReport.PolicyInForce;
import io.qgate.compliance.application.ComplianceReport.Violation;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.platform.json.JsonParsing;
import io.qgate.policy.application.PolicyFacts;
import io.qgate.policy.application.PolicyService;
import io.qgate.policy.domain.PolicyRevision;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.policy.domain.PolicySnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds the compliance report of a tenant from the policies, the registry and the trail. */
@ApplicationScoped
public class ComplianceReports {

  static final int EXPIRY_WARNING_DAYS = 30;
  private static final int RECENT_DENIALS = 50;

  @Inject PolicyService policies;
  @Inject CertificationService certifications;
  @Inject AuditTrail auditTrail;

  public ComplianceReport report(Tenant tenant, Instant from, Instant to) {
    Instant now = Instant.now();
    List<PolicyRevision> inForce =
        policies.inForce().stream().filter(p -> p.scope().tenant() == tenant).toList();
    long[] denials = {0};
    Map<String, Long> byRule = new TreeMap<>();
    Map<String, Long> keysByClass = new TreeMap<>();
    List<Denial> recent = new ArrayList<>();
    AuditQuery window =
        new AuditQuery(
            Optional.of(tenant.name()),
            Optional.of(from),
            Optional.of(to),
            Optional.empty(),
            Optional.empty());
    auditTrail.scan(
        window,
        row -> {
          JsonObject details = parse(row.event().details());
          if (row.event().outcome() == AuditOutcome.DENIED) {
            denials[0]++;
            String rule = details.getString("rule", "unknown");
            byRule.merge(rule, 1L, Long::sum);
            recent.add(denial(row, rule, details));
            if (recent.size() > RECENT_DENIALS) {
              recent.remove(0);
            }
          } else if (issuesKey(row)) {
            keysByClass.merge(details.getString("keyClass", "unknown"), 1L, Long::sum);
          }
          return true;
        });
    return new ComplianceReport(
        tenant,
        now,
        from,
        to,
        inForce.stream().map(ComplianceReports::policy).toList(),
        denials[0],
        byRule,
        recent,
        violations(tenant, inForce, now),
        expiring(tenant, now),
        keysByClass,
        auditTrail.verify());
  }

  private static boolean issuesKey(AuditRecord row) {
    AuditEventType type = row.event().type();
    return row.event().outcome() == AuditOutcome.ALLOWED
        && (type == AuditEventType.KEY_ISSUANCE || type == AuditEventType.DEVICE_KEY_DERIVATION);
  }

  private static Denial denial(AuditRecord row, String rule, JsonObject details) {
    return new Denial(
        row.seq(),
        row.event().occurredAt(),
        row.event().type().name(),
        row.event().actor(),
        row.event().subject(),
        rule,
        details.getString("reason", ""));
  }

  private static PolicyInForce policy(PolicyRevision revision) {
    return new PolicyInForce(
        revision.scope().domain().name(),
        revision.version(),
        revision.changedAt(),
        revision.changedBy(),
        PolicyFacts.of(revision.rules()));
  }

  private List<Violation> violations(Tenant tenant, List<PolicyRevision> inForce, Instant now) {
    List<Violation> violations = new ArrayList<>();
    for (Device device : allDevices(tenant)) {
      Optional<PolicySnapshot> policy =
          inForce.stream()
              .filter(p -> p.scope().equals(new PolicyScope(tenant, device.domain())))
              .findFirst()
              .map(PolicyRevision::snapshot);
      if (policy.isEmpty()) {
        violations.add(
            new Violation(
                device.id(), device.domain().name(), "no policy is in force for its domain"));
        continue;
      }
      policy
          .get()
          .rules()
          .requiredCertification()
          .flatMap(required -> device.standing().shortfall(required, now))
          .ifPresent(
              problem ->
                  violations.add(new Violation(device.id(), device.domain().name(), problem)));
    }
    return violations;
  }

  private List<ExpiringCertification> expiring(Tenant tenant, Instant now) {
    Instant horizon = now.plus(Duration.ofDays(EXPIRY_WARNING_DAYS));
    List<ExpiringCertification> expiring = new ArrayList<>();
    for (Device device : certifications.expiringBefore(tenant, horizon)) {
      for (Certification c : device.certifications()) {
        var facts = c.facts();
        if (c.status() == CertificationStatus.ACTIVE
            && facts.validTo().isBefore(horizon)
            && facts.validTo().isAfter(now)) {
          expiring.add(
              new ExpiringCertification(
                  device.id(),
                  c.id().toString(),
                  facts.scheme().name(),
                  facts.level(),
                  facts.validTo(),
                  Duration.between(now, facts.validTo()).toDays()));
        }
      }
    }
    return expiring;
  }

  private List<Device> allDevices(Tenant tenant) {
    List<Device> devices = new ArrayList<>();
    int page = 0;
    Page<Device> batch;
    do {
      batch =
          certifications.list(
              TenantScope.ALL.narrowedTo(tenant), new PageRequest(page++, PageRequest.MAX_SIZE));
      devices.addAll(batch.items());
    } while (page < batch.totalPages());
    return devices;
  }

  private static JsonObject parse(String details) {
    return JsonParsing.object(details);
  }
}
