package io.qgate.vault.domain.telemetry;

import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.telemetry.keys.KeyMaterial;
import java.time.Duration;
import java.util.Set;

/**
 * A new master key for a gateway, with what its policy allows under it: device keys rotate at least
 * every {@code maxKeyAge} and after {@code maxMessagesPerKey} records (the gateway's {@link
 * io.qgate.telemetry.keys.EpochSchedule}), sealed with one of {@code algorithms}. The holder
 * destroys {@code secret}.
 */
public record MasterKeyGrant(
    TelemetryMasterKey key,
    KeyMaterial secret,
    Duration maxKeyAge,
    long maxMessagesPerKey,
    Set<AeadAlgorithm> algorithms) {

  public MasterKeyGrant {
    algorithms = Set.copyOf(algorithms);
  }
}
