package io.qgate.netsim.topology;

import io.qgate.qkd.protocol.Protocol;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects nodes and links while an architecture lays a deployment out. */
final class TopologyBuilder {

  /**
   * Fibre runs along roads and ducts, not straight lines: fibre length = 1.2 × straight-line
   * distance (an assumption; route factors of 1.2–1.5 are common in network planning).
   */
  static final double ROUTE_FACTOR = 1.2;

  /** Co-located sites are still joined by a short patch fibre. */
  static final double MIN_FIBRE_KM = 0.1;

  private final List<Node> nodes = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final Set<Long> joined = new HashSet<>();
  private final Protocol protocol;

  TopologyBuilder(Protocol protocol) {
    this.protocol = protocol;
  }

  int add(String id, Role role, double[] at) {
    nodes.add(new Node(id, role, at[0], at[1]));
    return nodes.size() - 1;
  }

  Node node(int index) {
    return nodes.get(index);
  }

  /** Joins two nodes by a fibre link, once. */
  void link(int a, int b) {
    long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
    if (a == b || !joined.add(key)) {
      return;
    }
    double km = Math.max(MIN_FIBRE_KM, ROUTE_FACTOR * nodes.get(a).distanceKm(nodes.get(b)));
    links.add(new Link(a, b, km, protocol));
  }

  Topology build() {
    return new Topology(nodes, links);
  }
}
