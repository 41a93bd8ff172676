package io.qgate.network.domain;

/** What a node does in the QKD network. */
public enum NodeRole {
  /** A key management entity at the network core: holds key pools, serves ETSI GS QKD 014. */
  CORE_KME,
  /** An edge quantum gateway: derives per-device keys for constrained IoT devices. */
  EDGE_GATEWAY,
  /** A trusted relay: joins links past the ~100–200 km reach of one fibre span. */
  TRUSTED_RELAY
}
