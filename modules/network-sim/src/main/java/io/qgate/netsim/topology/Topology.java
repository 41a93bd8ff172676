package io.qgate.netsim.topology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Nodes and QKD links of one deployment, checked on construction: unique ids, links between
 * existing distinct nodes, at least one KME and one gateway.
 */
public final class Topology {

  private final List<Node> nodes;
  private final List<Link> links;
  private final int[][] linksAt;

  public Topology(List<Node> nodes, List<Link> links) {
    this.nodes = List.copyOf(nodes);
    this.links = List.copyOf(links);
    Set<String> ids = new HashSet<>();
    for (Node n : nodes) {
      if (!ids.add(n.id())) {
        throw new IllegalArgumentException("duplicate node id '" + n.id() + "'");
      }
    }
    if (count(Role.KME) == 0) {
      throw new IllegalArgumentException("a topology needs at least one node with role kme");
    }
    if (count(Role.GATEWAY) == 0) {
      throw new IllegalArgumentException("a topology needs at least one node with role gateway");
    }
    List<List<Integer>> at = new ArrayList<>();
    nodes.forEach(n -> at.add(new ArrayList<>()));
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      if (l.a() < 0 || l.b() < 0 || l.a() >= nodes.size() || l.b() >= nodes.size()) {
        throw new IllegalArgumentException("link " + i + " joins a node that does not exist");
      }
      if (l.a() == l.b()) {
        throw new IllegalArgumentException(
            "link " + i + " joins node '" + id(l.a()) + "' to itself");
      }
      at.get(l.a()).add(i);
      at.get(l.b()).add(i);
    }
    linksAt =
        at.stream()
            .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
  }

  public List<Node> nodes() {
    return nodes;
  }

  public List<Link> links() {
    return links;
  }

  public Node node(int index) {
    return nodes.get(index);
  }

  public String id(int index) {
    return nodes.get(index).id();
  }

  /** Indices of the links at a node. */
  public int[] linksAt(int node) {
    return linksAt[node];
  }

  public int count(Role role) {
    return (int) nodes.stream().filter(n -> n.role() == role).count();
  }

  /** Indices of the nodes with a role, in node order. */
  public int[] indicesOf(Role role) {
    return java.util.stream.IntStream.range(0, nodes.size())
        .filter(i -> nodes.get(i).role() == role)
        .toArray();
  }
}
