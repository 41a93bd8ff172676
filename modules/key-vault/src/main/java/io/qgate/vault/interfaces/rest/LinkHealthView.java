package io.qgate.vault.interfaces.rest;

import io.qgate.vault.domain.monitoring.LinkHealth;
import java.time.Instant;

/**
 * A link's monitoring state for the console.
 *
 * @param state COMPROMISED while compromised, else the runner's last status (RUNNING, POOL_FULL,
 *     DENIED, NO_KEY, EXTERNAL_...), or IDLE if no runner reported yet
 * @param usable whether keys may come from the link (routing avoids it otherwise)
 * @param lastGoodWindowEnd material produced after it is quarantined if the link is compromised
 * @param eavesdropper the simulated attack attached, or null
 */
public record LinkHealthView(
    String linkId,
    String state,
    boolean usable,
    Double qber,
    Double secretBitsPerSecond,
    Instant updatedAt,
    Instant compromisedAt,
    String compromiseReason,
    Instant lastGoodWindowEnd,
    Eavesdropper eavesdropper) {

  /** The attached eavesdropper: {@code fraction} is 1 for PNS. */
  public record Eavesdropper(
      String attack, double fraction, String attachedBy, Instant attachedAt) {}

  static LinkHealthView of(LinkHealth h) {
    String state = h.compromised() ? "COMPROMISED" : h.status() == null ? "IDLE" : h.status();
    return new LinkHealthView(
        h.linkId(),
        state,
        !h.compromised(),
        h.qber(),
        h.secretBitsPerSecond(),
        h.updatedAt(),
        h.compromisedAt(),
        h.compromiseReason(),
        h.lastGoodAt(),
        h.attack()
            .map(
                a ->
                    new Eavesdropper(a.kind().name(), a.fraction(), a.attachedBy(), a.attachedAt()))
            .orElse(null));
  }
}
