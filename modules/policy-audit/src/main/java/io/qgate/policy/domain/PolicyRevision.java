package io.qgate.policy.domain;

import io.qgate.certification.domain.CertificationRequirement;
import io.qgate.certification.domain.CertificationScheme;
import io.qgate.platform.domain.Tenant;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One version of the policy of a scope. Revisions are never changed: a change is a new revision
 * with the next version, and the highest version is in force. The history is the evidence.
 */
@Entity
@Table(name = "policy_revision")
public class PolicyRevision {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Tenant tenant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PolicyDomain domain;

  @Column(nullable = false)
  private int version;

  @Convert(converter = KeyClassesConverter.class)
  @Column(name = "allowed_key_classes", nullable = false)
  private Set<KeyClass> allowedKeyClasses;

  @Column(name = "max_link_qber", nullable = false)
  private double maxLinkQber;

  @Column(name = "max_key_age_seconds", nullable = false)
  private int maxKeyAgeSeconds;

  @Column(name = "max_messages_per_key", nullable = false)
  private long maxMessagesPerKey;

  @Convert(converter = AeadAlgorithmsConverter.class)
  @Column(name = "allowed_aead_algorithms", nullable = false)
  private Set<AeadAlgorithm> allowedAeadAlgorithms;

  @Enumerated(EnumType.STRING)
  @Column(name = "required_cert_scheme")
  private CertificationScheme requiredCertScheme;

  @Column(name = "required_cert_level")
  private Integer requiredCertLevel;

  @Convert(converter = RolesConverter.class)
  @Column(name = "decrypt_reader_roles", nullable = false)
  private Set<String> decryptReaderRoles;

  @Column(name = "audit_every_read", nullable = false)
  private boolean auditEveryRead;

  @Column(name = "audit_retention_days", nullable = false)
  private int auditRetentionDays;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "change_reason", nullable = false)
  private String changeReason;

  protected PolicyRevision() {}

  private PolicyRevision(
      PolicyScope scope, int version, PolicyRules rules, String changedBy, String reason) {
    this.id = UUID.randomUUID();
    this.tenant = scope.tenant();
    this.domain = scope.domain();
    this.version = version;
    this.allowedKeyClasses = rules.allowedKeyClasses();
    this.maxLinkQber = rules.maxLinkQber();
    this.maxKeyAgeSeconds = (int) rules.maxKeyAge().toSeconds();
    this.maxMessagesPerKey = rules.maxMessagesPerKey();
    this.allowedAeadAlgorithms = rules.allowedAeadAlgorithms();
    this.requiredCertScheme =
        rules.requiredCertification().map(CertificationRequirement::scheme).orElse(null);
    this.requiredCertLevel =
        rules.requiredCertification().map(CertificationRequirement::level).orElse(null);
    this.decryptReaderRoles = rules.decryptReaderRoles();
    this.auditEveryRead = rules.auditEveryRead();
    this.auditRetentionDays = rules.auditRetentionDays();
    this.changedBy = changedBy;
    this.changedAt = Instant.now();
    this.changeReason = reason;
  }

  /** The first version of a scope's policy. */
  public static PolicyRevision first(
      PolicyScope scope, PolicyRules rules, String by, String reason) {
    return new PolicyRevision(scope, 1, rules, by, reason);
  }

  /** The revision that replaces this one; the caller checked this one is still in force. */
  public PolicyRevision revise(PolicyRules rules, String by, String reason) {
    return new PolicyRevision(scope(), version + 1, rules, by, reason);
  }

  public PolicyRules rules() {
    Optional<CertificationRequirement> certification =
        Optional.ofNullable(requiredCertScheme)
            .map(scheme -> new CertificationRequirement(scheme, requiredCertLevel));
    return new PolicyRules(
        allowedKeyClasses,
        maxLinkQber,
        Duration.ofSeconds(maxKeyAgeSeconds),
        maxMessagesPerKey,
        allowedAeadAlgorithms,
        certification,
        decryptReaderRoles,
        auditEveryRead,
        auditRetentionDays);
  }

  public PolicySnapshot snapshot() {
    return new PolicySnapshot(scope(), version, rules());
  }

  public PolicyScope scope() {
    return new PolicyScope(tenant, domain);
  }

  public int version() {
    return version;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changeReason() {
    return changeReason;
  }
}
