package io.qgate.vault.interfaces.rest;

import io.qgate.vault.domain.Sae;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;

/** An SAE to register with the KME of a node (default: the core KME). */
public record SaeRequest(
    @NotNull
        @Pattern(
            regexp = Sae.ID_PATTERN,
            message =
                "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit")
        String saeId,
    @NotBlank String nodeId,
    List<
            @NotNull
            @Pattern(
                regexp = "[a-z][a-z0-9-]{0,62}",
                message = "must be a role name: lower case letters, digits and '-'")
            String>
        roles) {

  /** The roles, none if the request named none. */
  public Set<String> roleSet() {
    return roles == null ? Set.of() : Set.copyOf(roles);
  }
}
