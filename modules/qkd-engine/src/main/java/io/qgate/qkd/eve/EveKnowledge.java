package io.qgate.qkd.eve;

/** What Eve knows about the bit of a click once the bases are announced. */
public enum EveKnowledge {
  NONE,
  /** She holds a photon of the pulse and measures it in the announced basis: the bit exactly. */
  BIT,
  /**
   * She measured before the announcement: the bit exactly if her basis was Alice's, else nothing.
   */
  BIT_IF_BASIS_GUESSED
}
