package io.qgate.certification.domain;

import java.time.Instant;

/** What a certificate states: the input for recording a certification. */
public record CertificationTerms(
    CertificationScheme scheme,
    int level,
    String issuer,
    String certificateNumber,
    Instant validFrom,
    Instant validTo) {}
