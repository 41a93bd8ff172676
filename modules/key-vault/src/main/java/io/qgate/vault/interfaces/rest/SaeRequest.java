package io.qgate.vault.interfaces.rest;

import io.qgate.vault.domain.Sae;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An SAE to register with the KME of a node (default: the core KME). */
public record SaeRequest(
    @NotNull
        @Pattern(
            regexp = Sae.ID_PATTERN,
            message =
                "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit")
        String saeId,
    @NotBlank String nodeId) {}
