package io.qgate.vault.interfaces.rest;

import io.qgate.vault.domain.telemetry.TelemetryMasterKey;
import java.time.Instant;

/** A telemetry master key as people see it: never its secret, nor its salt. */
public record MasterKeyView(
    String keyId, String gateway, String tenant, String domain, String keyClass, Instant issuedAt) {

  static MasterKeyView of(TelemetryMasterKey key) {
    return new MasterKeyView(
        key.keyId().toString(),
        key.gatewaySae(),
        key.tenant().name(),
        key.domain().name(),
        key.keyClass().name(),
        key.issuedAt());
  }
}
