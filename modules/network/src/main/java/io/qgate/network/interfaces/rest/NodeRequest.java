package io.qgate.network.interfaces.rest;

import io.qgate.network.domain.Location;
import io.qgate.network.domain.NodeRole;
import io.qgate.platform.domain.Tenant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A node as clients write it. {@code id} is required to create and ignored on update (the path
 * names the node); {@code version} is required on update and is the version the client read.
 */
public record NodeRequest(
    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
    @PositiveOrZero Long version,
    @NotBlank @Size(max = 100) String name,
    @NotNull NodeRole role,
    @NotNull Tenant tenant,
    @NotNull @Valid LocationDto location) {

  /** Where a node stands. */
  public record LocationDto(
      @NotBlank @Size(max = 200) String site,
      @DecimalMin("-90") @DecimalMax("90") Double latitude,
      @DecimalMin("-180") @DecimalMax("180") Double longitude) {

    Location toLocation() {
      return new Location(site.strip(), latitude, longitude);
    }
  }
}
