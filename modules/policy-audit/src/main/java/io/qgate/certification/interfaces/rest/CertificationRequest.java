package io.qgate.certification.interfaces.rest;

import io.qgate.certification.domain.CertificationScheme;
import io.qgate.certification.domain.CertificationTerms;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A certificate a device holds, as its issuer states it. */
public record CertificationRequest(
    @NotNull CertificationScheme scheme,
    @NotNull @Min(1) @Max(7) Integer level,
    @NotBlank @Size(max = 200) String issuer,
    @NotBlank @Size(max = 100) String certificateNumber,
    @NotNull Instant validFrom,
    @NotNull Instant validTo) {

  CertificationTerms toTerms() {
    return new CertificationTerms(
        scheme, level, issuer.strip(), certificateNumber.strip(), validFrom, validTo);
  }
}
