package io.qgate.netsim.model;

/** Where a device's key comes from. */
public enum KeyMode {
  /**
   * qgate's key hierarchy: a gateway draws one QKD master key per epoch and derives every device
   * key from it by HKDF; QKD demand is per gateway, not per device.
   */
  DERIVED,
  /** Every device rekey takes a fresh QKD key end to end (no hierarchy): demand per device. */
  DIRECT
}
