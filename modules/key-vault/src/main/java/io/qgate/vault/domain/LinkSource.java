package io.qgate.vault.domain;

import io.qgate.vault.domain.monitoring.LinkAttack;
import io.qgate.vault.domain.monitoring.LinkObservation;
import java.util.Optional;

/**
 * Where a link's key comes from: the engine's simulation, or the KMEs of real QKD hardware. The
 * link's runner calls it once a tick, on the one platform instance that holds the link's lease.
 */
public interface LinkSource {

  /**
   * Deposits this tick's key of {@code link} into its pool, at most {@code roomBlocks} blocks of
   * {@link EtsiLimits#BLOCK_BITS}, and says how the link is doing.
   */
  LinkReport fill(LinkPhysics link, long roomBlocks);

  /**
   * What the link measures this tick (QBER, rates, CHSH, decoy estimate) before any of its key is
   * kept, under {@code attack} if one is attached; empty if the source reports nothing beforehand
   * (external KMEs keep their QBER to themselves).
   */
  default Optional<LinkObservation> observe(LinkPhysics link, Optional<LinkAttack> attack) {
    return Optional.empty();
  }

  /** As {@link #fill(LinkPhysics, long)}, depositing what {@link #observe} found. */
  default LinkReport fill(LinkPhysics link, LinkObservation observed, long roomBlocks) {
    return fill(link, roomBlocks);
  }
}
