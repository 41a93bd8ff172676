package io.qgate.vault.domain;

import io.qgate.platform.domain.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the vault knows about an issued key, never its material.
 *
 * @param tenant the tenant of the master SAE
 * @param kekId the KEK the material is wrapped under; null once it is erased
 * @param closedAt when the key left {@link KeyState#RESERVED}; null while reserved
 * @param relayPath the hops of a relayed key, in order; empty for a key from a direct link
 */
public record KeyMetadata(
    UUID keyId,
    String linkId,
    String keyClass,
    int sizeBits,
    String masterSae,
    Tenant tenant,
    List<SlaveDelivery> slaves,
    KeyState state,
    String kekId,
    Instant issuedAt,
    Instant expiresAt,
    Instant closedAt,
    List<Hop> relayPath) {

  public KeyMetadata {
    slaves = List.copyOf(slaves);
    relayPath = List.copyOf(relayPath);
  }

  /** A hop a relayed key crossed, and the bits of that hop's pool it consumed. */
  public record Hop(String linkId, String fromNode, String toNode, int bits) {}

  /** A slave SAE the key is reserved for, and when it fetched the key (null: not yet). */
  public record SlaveDelivery(String saeId, Instant deliveredAt) {

    public boolean delivered() {
      return deliveredAt != null;
    }
  }

  public List<String> slaveIds() {
    return slaves.stream().map(SlaveDelivery::saeId).toList();
  }
}
