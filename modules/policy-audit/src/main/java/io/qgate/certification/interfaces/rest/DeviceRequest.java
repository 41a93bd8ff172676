package io.qgate.certification.interfaces.rest;

import io.qgate.certification.domain.DeviceKind;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.PolicyDomain;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A device to register. */
public record DeviceRequest(
    @NotNull
        @Pattern(
            regexp = "[a-z0-9][a-z0-9-]{0,62}",
            message =
                "must be 1-63 lower-case letters, digits or '-', starting with a letter or digit")
        String id,
    @NotNull Tenant tenant,
    @NotNull PolicyDomain domain,
    @NotNull DeviceKind kind,
    @NotBlank @Size(max = 100) String name) {}
