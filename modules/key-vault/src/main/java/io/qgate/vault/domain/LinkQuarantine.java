package io.qgate.vault.domain;

import java.util.List;
import java.util.UUID;

/**
 * What quarantining a link takes out of circulation: its reserved keys (erased, state {@link
 * KeyState#QUARANTINED}) and the blocks of its pool (deleted).
 */
public record LinkQuarantine(
    String linkId, List<UUID> quarantinedKeys, long discardedBlocks, long discardedBits) {

  public LinkQuarantine {
    quarantinedKeys = List.copyOf(quarantinedKeys);
  }
}
