package io.qgate.vault.domain;

/** What a link's runner last found, published in {@code vault_link_state.status}. */
public enum LinkStatus {
  /** Key arrived this tick (or would have, had the source had any to give). */
  RUNNING,
  /** The pool is at capacity: nothing is produced or fetched until keys are taken. */
  POOL_FULL,
  /** The network policy forbids the link's QBER: nothing deposited. */
  DENIED,
  /**
   * Link monitoring found a window over the link's alarm rule: nothing is produced or pulled, and
   * no key is issued from the link, until an operator clears it.
   */
  COMPROMISED,
  /** The link gives no key: beyond reach, a protocol not simulated, or an empty external KME. */
  NO_KEY,
  /** An external KME cannot be reached or fails (timeout, TLS, 5xx, 503, unreadable answer). */
  EXTERNAL_UNAVAILABLE,
  /** An external KME refuses the vault's SAE or request (401, 400, another 4xx). */
  EXTERNAL_REFUSED,
  /** The two external KMEs disagree: other bytes or other ids for the same keys. */
  EXTERNAL_MISMATCH
}
