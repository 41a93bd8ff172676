package io.qgate.vault.domain;

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
}
