package io.qgate.vault.domain.monitoring;

/** The eavesdroppers an administrator can attach to a simulated link to demonstrate monitoring. */
public enum AttackKind {
  /** Eve measures a fraction of the pulses in a random basis and resends what she found. */
  INTERCEPT_RESEND,
  /** Photon-number splitting: Eve keeps a photon of every multi-photon pulse, blocks the rest. */
  PNS
}
