package io.qgate.vault.interfaces.rest;

import io.qgate.vault.domain.KeyMetadata;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issued key as operators read it: who, where from, where it is in its life; never material. */
public record KeyView(
    UUID keyId,
    String linkId,
    String keyClass,
    int sizeBits,
    String masterSaeId,
    List<SlaveView> slaves,
    String state,
    String kekId,
    Instant issuedAt,
    Instant expiresAt,
    Instant closedAt,
    @Schema(
            description =
                "The hops of a key relayed through trusted nodes, in order from the master's KME to"
                    + " the slave's; empty for a key from the direct link linkId")
        List<HopView> relayPath) {

  /** A slave SAE of the key and whether it has fetched it. */
  public record SlaveView(String saeId, boolean delivered, Instant deliveredAt) {}

  /** A hop of a relayed key: the link, its two nodes, and the bits of its pool the key consumed. */
  public record HopView(String linkId, String fromNode, String toNode, int bitsConsumed) {}

  static KeyView of(KeyMetadata key) {
    return new KeyView(
        key.keyId(),
        key.linkId(),
        key.keyClass(),
        key.sizeBits(),
        key.masterSae(),
        key.slaves().stream()
            .map(s -> new SlaveView(s.saeId(), s.delivered(), s.deliveredAt()))
            .toList(),
        key.state().name(),
        key.kekId(),
        key.issuedAt(),
        key.expiresAt(),
        key.closedAt(),
        key.relayPath().stream()
            .map(h -> new HopView(h.linkId(), h.fromNode(), h.toNode(), h.bits()))
            .toList());
  }
}
