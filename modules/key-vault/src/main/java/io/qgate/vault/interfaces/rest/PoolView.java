package io.qgate.vault.interfaces.rest;

import io.qgate.vault.domain.PoolLevel;
import java.time.Instant;

/** A link's key pool: stored key material, capacity, fill ratio, last deposit. */
public record PoolView(
    String linkId, long storedBits, long capacityBits, double fillRatio, Instant lastDeposit) {

  static PoolView of(PoolLevel level) {
    return new PoolView(
        level.linkId(),
        level.storedBits(),
        level.capacityBits(),
        level.fillRatio(),
        level.lastDeposit());
  }
}
