package io.qgate.qkd.eve;

/** Who made Bob's detector click, which decides how Bob's bit relates to Alice's. */
public enum ClickKind {
  /** Alice's own photons: in Alice's basis Bob gets her bit, flipped with probability e_det. */
  SIGNAL,
  /** No photon detected, a dark count or afterpulse: a random bit (e0 = 1/2, Ma et al. 2005). */
  BACKGROUND,
  /**
   * Photons Eve re-prepared after measuring in a random basis: in Eve's basis Bob gets Eve's bit
   * (flipped with probability e_det); Eve's bit is Alice's when she guessed Alice's basis.
   */
  RESENT
}
