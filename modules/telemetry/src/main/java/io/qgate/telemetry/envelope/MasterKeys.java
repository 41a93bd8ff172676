package io.qgate.telemetry.envelope;

import io.qgate.telemetry.keys.MasterKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The gateway master keys a consumer may use, by key id: the id in an envelope names the one its
 * device key derives from. A vault-backed implementation lives in {@code io.qgate.telemetry.vault};
 * {@link #of} is a fixed set for tests and for integrators who load keys themselves.
 *
 * <p>Implementations must be thread-safe. An exception from {@link #find} (a vault that cannot be
 * reached) passes through {@link EnvelopeOpener#open}: the record is not bad, the lookup is, and it
 * must be retried rather than dead-lettered.
 */
@FunctionalInterface
public interface MasterKeys {

  /** The master key with this id, if this consumer is entitled to it. */
  Optional<MasterKey> find(UUID keyId);

  /** A fixed set of master keys, which stay the caller's to destroy. */
  static MasterKeys of(List<MasterKey> keys) {
    Map<UUID, MasterKey> byId = new HashMap<>();
    for (MasterKey key : keys) {
      byId.put(key.keyId(), key);
    }
    Map<UUID, MasterKey> fixed = Map.copyOf(byId);
    return id -> Optional.ofNullable(fixed.get(id));
  }

  /** A fixed set of master keys. */
  static MasterKeys of(MasterKey... keys) {
    return of(List.of(keys));
  }
}
