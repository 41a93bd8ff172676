package io.qgate.policy.interfaces.rest;

import io.qgate.certification.domain.CertificationRequirement;
import io.qgate.certification.domain.CertificationScheme;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * A policy as an editor writes it. {@code version} is the version the editor read (0 to create the
 * first policy of a scope); {@code reason} lands in the audit trail with the change.
 */
public record PolicyRequest(
    @NotNull @Min(0) Integer version,
    @NotEmpty Set<@NotNull KeyClass> allowedKeyClasses,
    @NotNull @Positive @DecimalMax("0.5") Double maxLinkQber,
    @NotNull @Positive Integer maxKeyAgeSeconds,
    @NotNull @Positive Long maxMessagesPerKey,
    @NotEmpty Set<@NotNull AeadAlgorithm> allowedAeadAlgorithms,
    @Valid CertificationDto requiredCertification,
    @NotNull Set<@NotBlank String> decryptReaderRoles,
    @NotNull Boolean auditEveryRead,
    @NotNull @Positive Integer auditRetentionDays,
    @NotBlank @Size(max = 500) String reason) {

  /** A certification scheme and the lowest level accepted. */
  public record CertificationDto(
      @NotNull CertificationScheme scheme, @NotNull @Min(1) @Max(7) Integer level) {}

  PolicyRules toRules() {
    return new PolicyRules(
        allowedKeyClasses,
        maxLinkQber,
        Duration.ofSeconds(maxKeyAgeSeconds),
        maxMessagesPerKey,
        allowedAeadAlgorithms,
        Optional.ofNullable(requiredCertification)
            .map(c -> new CertificationRequirement(c.scheme(), c.level())),
        decryptReaderRoles,
        auditEveryRead,
        auditRetentionDays);
  }
}
