package io.qgate.certification.domain;

import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One certification a device holds: scheme and level, who issued it, for how long, its status. */
@Entity
@Table(name = "device_certification")
public class Certification {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CertificationScheme scheme;

  @Column(nullable = false)
  private int level;

  @Column(nullable = false)
  private String issuer;

  @Column(name = "certificate_number", nullable = false)
  private String certificateNumber;

  @Column(name = "valid_from", nullable = false)
  private Instant validFrom;

  @Column(name = "valid_to", nullable = false)
  private Instant validTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CertificationStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  protected Certification() {}

  Certification(CertificationTerms terms) {
    if (!terms.validTo().isAfter(terms.validFrom())) {
      throw new InvalidInputException("validTo", "must be after validFrom");
    }
    new CertificationRequirement(terms.scheme(), terms.level()); // checks the level exists
    this.id = UUID.randomUUID();
    this.scheme = terms.scheme();
    this.level = terms.level();
    this.issuer = terms.issuer();
    this.certificateNumber = terms.certificateNumber();
    this.validFrom = terms.validFrom();
    this.validTo = terms.validTo();
    this.status = CertificationStatus.ACTIVE;
    this.statusChangedAt = Instant.now();
  }

  /** Suspends, reinstates or revokes; a revoked certification stays revoked. */
  void changeStatus(CertificationStatus next, String reason) {
    Objects.requireNonNull(next, "status");
    if (!status.mayBecome(next)) {
      throw new ConflictException(
          "Certification " + id + " is " + status + " and cannot become " + next);
    }
    this.status = next;
    this.statusReason = reason;
    this.statusChangedAt = Instant.now();
  }

  public CertificationFacts facts() {
    return new CertificationFacts(scheme, level, issuer, validFrom, validTo, status);
  }

  public UUID id() {
    return id;
  }

  public String certificateNumber() {
    return certificateNumber;
  }

  public CertificationStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }
}
