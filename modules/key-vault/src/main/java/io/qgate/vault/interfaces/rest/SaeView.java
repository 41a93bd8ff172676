package io.qgate.vault.interfaces.rest;

import io.qgate.vault.domain.Sae;
import java.time.Instant;

/** A registered SAE as clients read it. */
public record SaeView(
    String saeId, String nodeId, String tenant, String domain, Instant createdAt) {

  static SaeView of(Sae sae) {
    return new SaeView(
        sae.id(), sae.nodeId(), sae.tenant().name(), sae.domain().name(), sae.createdAt());
  }
}
