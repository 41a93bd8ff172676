package io.qgate.pipeline.domain;

import io.qgate.platform.domain.Tenant;
import java.util.Optional;

/** The readings windows of this instance's domain consumers, by domain (GRID, HEALTH, ...). */
public interface LiveTelemetry {

  /** The window of {@code domain}, if this instance consumes it. */
  Optional<ReadingsWindow> window(String domain);

  /** The tenant whose gateway writes {@code domain}'s topic, if the domain is known here. */
  Optional<Tenant> tenantOf(String domain);
}
