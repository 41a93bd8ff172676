package io.qgate.netsim.topology;

import io.qgate.qkd.protocol.Protocol;

/**
 * A point-to-point QKD fibre link between two nodes (indices into the topology's node list); its
 * key pool is shared by exactly those two ends.
 */
public record Link(int a, int b, double fibreKm, Protocol protocol) {

  /** The end that is not {@code node}. */
  public int other(int node) {
    return node == a ? b : a;
  }

  public boolean touches(int node) {
    return node == a || node == b;
  }
}
