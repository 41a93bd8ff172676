package io.qgate.certification.domain;

/** Where a certification stands. A revoked certification never comes back. */
public enum CertificationStatus {
  ACTIVE,
  SUSPENDED,
  REVOKED;

  public boolean mayBecome(CertificationStatus next) {
    return this != REVOKED && next != this;
  }
}
