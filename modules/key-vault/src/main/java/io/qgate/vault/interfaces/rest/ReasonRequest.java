package io.qgate.vault.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an operator revokes a key or quarantines a link; it goes into the audit trail. */
public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}
