package io.qgate.certification.domain;

import java.time.Instant;

/** An immutable copy of one certification, as decisions and reports see it. */
public record CertificationFacts(
    CertificationScheme scheme,
    int level,
    String issuer,
    Instant validFrom,
    Instant validTo,
    CertificationStatus status) {

  /** Active and inside its validity period at {@code now}. */
  public boolean inForceAt(Instant now) {
    return status == CertificationStatus.ACTIVE
        && !now.isBefore(validFrom)
        && now.isBefore(validTo);
  }

  public boolean withinValidity(Instant now) {
    return !now.isBefore(validFrom) && now.isBefore(validTo);
  }

  public boolean meets(CertificationRequirement requirement) {
    return scheme == requirement.scheme() && level >= requirement.level();
  }
}
