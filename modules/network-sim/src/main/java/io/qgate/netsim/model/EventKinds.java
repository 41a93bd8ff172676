package io.qgate.netsim.model;

/** The model's event codes for the kernel (io.qgate.netsim.events). */
final class EventKinds {

  static final int DEVICE_REKEY = 0; // subject: device
  static final int MASTER_REQUEST = 1; // subject: gateway ordinal, detail: epoch
  static final int MASTER_RETRY = 2; // subject: gateway ordinal, detail: epoch
  static final int MASTER_ARRIVED = 3; // subject: gateway ordinal, detail: epoch
  static final int HOP = 4; // subject: request
  static final int POOL_READY = 5; // subject: link
  static final int NODE_FAILURE = 6;

  private EventKinds() {}
}
