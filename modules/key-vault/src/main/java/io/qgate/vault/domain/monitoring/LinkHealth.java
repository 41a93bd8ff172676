package io.qgate.vault.domain.monitoring;

import java.time.Instant;
import java.util.Optional;

/**
 * The monitoring state of a link, in the database so that every platform instance sees it.
 *
 * @param protocol the registry's protocol name (BB84_DECOY, E91, ...)
 * @param status the runner's last status (RUNNING, COMPROMISED, ...), null if no runner reported
 * @param compromisedAt when the link was marked compromised; null while it is usable
 * @param lastGoodAt the end of the last window confirmed good: key produced after it is suspect
 *     until the current window closes good; null if no window has closed yet
 */
public record LinkHealth(
    String linkId,
    String protocol,
    String status,
    Double qber,
    Double secretBitsPerSecond,
    Instant updatedAt,
    Instant compromisedAt,
    String compromiseReason,
    Instant lastGoodAt,
    Optional<LinkAttack> attack) {

  public boolean compromised() {
    return compromisedAt != null;
  }
}
