package io.qgate.vault.domain.monitoring;

import io.qgate.platform.domain.InvalidInputException;
import java.time.Instant;

/**
 * A simulated eavesdropper on a link.
 *
 * @param fraction for {@link AttackKind#INTERCEPT_RESEND}, the fraction f of pulses Eve measures,
 *     in (0, 1]; 1 for {@link AttackKind#PNS} (she splits every multi-photon pulse)
 * @param attachedBy who attached it (audit trail)
 */
public record LinkAttack(AttackKind kind, double fraction, String attachedBy, Instant attachedAt) {

  public LinkAttack {
    if (kind == null) {
      throw new InvalidInputException("attack", "attack must be INTERCEPT_RESEND or PNS");
    }
    if (kind == AttackKind.PNS && fraction != 1) {
      throw new InvalidInputException(
          "fraction", "PNS takes no fraction: Eve splits every multi-photon pulse");
    }
    if (!(fraction > 0 && fraction <= 1)) {
      throw new InvalidInputException(
          "fraction", "the intercepted fraction must lie in (0, 1], was " + fraction);
    }
  }

  /** One line for audit details and the health view. */
  public String describe() {
    return kind == AttackKind.PNS ? "PNS" : "INTERCEPT_RESEND f=" + fraction;
  }
}
