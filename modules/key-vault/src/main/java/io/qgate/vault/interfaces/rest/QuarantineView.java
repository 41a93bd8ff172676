package io.qgate.vault.interfaces.rest;

import io.qgate.vault.domain.LinkQuarantine;

/** What quarantining a link took out of circulation. */
public record QuarantineView(
    String linkId, int keysQuarantined, long poolBlocksDiscarded, long poolBitsDiscarded) {

  static QuarantineView of(LinkQuarantine quarantine) {
    return new QuarantineView(
        quarantine.linkId(),
        quarantine.quarantinedKeys().size(),
        quarantine.discardedBlocks(),
        quarantine.discardedBits());
  }
}
