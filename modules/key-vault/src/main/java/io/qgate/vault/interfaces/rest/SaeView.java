package io.qgate.vault.interfaces.rest;

import io.qgate.vault.domain.Sae;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** A registered SAE as clients read it. */
public record SaeView(
    String saeId,
    String nodeId,
    String tenant,
    String domain,
    List<String> roles,
    Instant createdAt) {

  static SaeView of(Sae sae) {
    return new SaeView(
        sae.id(),
        sae.nodeId(),
        sae.tenant().name(),
        sae.domain().name(),
        List.copyOf(new TreeSet<>(sae.roles())),
        sae.createdAt());
  }
}
