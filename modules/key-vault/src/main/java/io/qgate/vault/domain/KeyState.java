package io.qgate.vault.domain;

/**
 * Where an issued key is in its life ({@code vault_key.state}). Only a {@link #RESERVED} key holds
 * material; every other state is final and its material is erased.
 */
public enum KeyState {
  /**
   * Issued by enc_keys and waiting for its slaves; the only state that holds (wrapped) material.
   */
  RESERVED,
  /** Every slave has fetched it. */
  CONSUMED,
  /** An operator withdrew it before every slave had it. */
  REVOKED,
  /** The link it came from was quarantined before every slave had it. */
  QUARANTINED,
  /** Its reservation ran out before every slave had it. */
  EXPIRED;

  public boolean holdsMaterial() {
    return this == RESERVED;
  }
}
