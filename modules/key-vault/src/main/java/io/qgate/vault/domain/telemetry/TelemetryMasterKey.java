package io.qgate.vault.domain.telemetry;

import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyScope;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the vault knows of a gateway's telemetry master key besides its secret: the QKD key it is
 * (same id), the gateway SAE that drew it, whose policy governs its readers, its class, and the
 * HKDF salt every reader needs (not secret, RFC 5869 §3.1).
 */
public record TelemetryMasterKey(
    UUID keyId,
    String gatewaySae,
    Tenant tenant,
    PolicyDomain domain,
    KeyClass keyClass,
    byte[] salt,
    Instant issuedAt) {

  public TelemetryMasterKey {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(gatewaySae, "gatewaySae");
    salt = salt.clone();
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  /** Whose policy decides who reads telemetry under this key. */
  public PolicyScope scope() {
    return new PolicyScope(tenant, domain);
  }
}
