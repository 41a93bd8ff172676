package io.qgate.health.infrastructure.fhir;

import io.qgate.health.domain.VitalsFormat;
import io.qgate.health.domain.VitalsSnapshot;

/** Readings as FHIR R4 Bundles of vital-signs Observations (docs/health.md). Thread-safe. */
public final class FhirVitalsFormat implements VitalsFormat {

  private final VitalsBundleWriter writer = new VitalsBundleWriter();
  private final VitalsBundleParser parser = new VitalsBundleParser();

  @Override
  public byte[] write(VitalsSnapshot snapshot) {
    return writer.write(snapshot);
  }

  @Override
  public VitalsSnapshot parse(byte[] payload) {
    return parser.parse(payload);
  }
}
