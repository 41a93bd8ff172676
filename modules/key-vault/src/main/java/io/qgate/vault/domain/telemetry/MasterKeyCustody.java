package io.qgate.vault.domain.telemetry;

import io.qgate.platform.domain.Tenant;
import io.qgate.telemetry.keys.KeyMaterial;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where the core keeps the gateways' telemetry master keys for their readers: wrapped under the
 * KEK, never in clear. A key is kept once and read many times; each read is the caller's policy
 * decision to make first.
 */
public interface MasterKeyCustody {

  /** A kept key: its metadata and its secret, which the holder destroys after use. */
  record Held(TelemetryMasterKey key, KeyMaterial secret) {}

  /**
   * Keeps {@code secret} (copied; the caller still zeroises its array) as the master key {@code
   * key}.
   */
  void keep(TelemetryMasterKey key, byte[] secret);

  /** The metadata alone, for the policy decision that precedes {@link #open}. */
  Optional<TelemetryMasterKey> find(UUID keyId);

  /** The key with its secret unwrapped; empty if no key has that id. */
  Optional<Held> open(UUID keyId);

  /** The metadata of the newest keys of {@code tenants}, newest first, at most {@code limit}. */
  List<TelemetryMasterKey> latest(Set<Tenant> tenants, int limit);
}
