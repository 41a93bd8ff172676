package io.qgate.vault.domain.relay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The QKD network's nodes and links, as adjacency lists; immutable. */
public final class NetworkGraph {

  private final Map<String, List<LinkEdge>> edgesByNode = new HashMap<>();
  private final List<LinkEdge> edges;

  public NetworkGraph(List<LinkEdge> edges) {
    this.edges = List.copyOf(edges);
    for (LinkEdge edge : this.edges) {
      edgesByNode.computeIfAbsent(edge.nodeA(), n -> new ArrayList<>()).add(edge);
      edgesByNode.computeIfAbsent(edge.nodeB(), n -> new ArrayList<>()).add(edge);
    }
  }

  /** The links with {@code node} at either end. */
  public List<LinkEdge> edgesAt(String node) {
    return edgesByNode.getOrDefault(node, List.of());
  }

  public List<LinkEdge> edges() {
    return edges;
  }
}
