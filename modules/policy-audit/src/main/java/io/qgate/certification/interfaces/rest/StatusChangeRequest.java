package io.qgate.certification.interfaces.rest;

import io.qgate.certification.domain.CertificationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Suspend, reinstate (ACTIVE) or revoke a certification, and why. */
public record StatusChangeRequest(
    @NotNull CertificationStatus status, @NotBlank @Size(max = 500) String reason) {}
