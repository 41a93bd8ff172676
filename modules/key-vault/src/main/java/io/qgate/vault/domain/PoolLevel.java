package io.qgate.vault.domain;

import java.time.Instant;

/**
 * How full a link's key pool is.
 *
 * @param storedBits distilled key material waiting to be issued
 * @param capacityBits the most the pool holds; the link's runner waits while it is full
 * @param lastDeposit when material last arrived, null if never
 */
public record PoolLevel(String linkId, long storedBits, long capacityBits, Instant lastDeposit) {

  public double fillRatio() {
    return capacityBits == 0 ? 0 : (double) storedBits / capacityBits;
  }
}
