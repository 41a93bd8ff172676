package io.qgate.compliance.application;

import io.qgate.audit.domain.VerificationReport;
import io.qgate.platform.domain.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an auditor asks of one tenant for a period: the policies in force, what was denied and why,
 * where the tenant is out of policy now, certifications about to expire, keys by class, and whether
 * the trail that proves it is intact.
 */
public record ComplianceReport(
    Tenant tenant,
    Instant generatedAt,
    Instant from,
    Instant to,
    List<PolicyInForce> policies,
    long denials,
    Map<String, Long> denialsByRule,
    List<Denial> recentDenials,
    List<Violation> violations,
    List<ExpiringCertification> expiringCertifications,
    Map<String, Long> keysByClass,
    VerificationReport trail) {

  public record PolicyInForce(
      String domain, int version, Instant since, String changedBy, Map<String, Object> rules) {}

  public record Denial(
      long seq,
      Instant at,
      String point,
      String actor,
      String subject,
      String rule,
      String reason) {}

  /** A device that would be denied keys right now, and why. */
  public record Violation(String deviceId, String domain, String problem) {}

  public record ExpiringCertification(
      String deviceId,
      String certificationId,
      String scheme,
      int level,
      Instant validTo,
      long daysLeft) {}
}
