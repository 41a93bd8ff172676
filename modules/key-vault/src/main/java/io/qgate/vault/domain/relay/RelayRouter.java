package io.qgate.vault.domain.relay;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Link-state routing of a key between two KMEs, in the spirit of Open-QKD-Network's qkd-net, where
 * a link's cost falls as its key buffer fills. A link is eligible if it is usable (not compromised)
 * and its pool holds the bits the request needs. Among eligible paths the route minimises, in this
 * order: the number of hops (each trusted relay sees the key), the path's scarcity Σ 1/(1 + bits
 * available) over its links (prefers paths rich in key, spares nearly empty pools), and Σ QBER. The
 * three are sums of non-negative per-link costs, so Dijkstra's algorithm finds the optimum.
 */
public final class RelayRouter {

  private RelayRouter() {}

  /** What routing found. */
  public sealed interface Route permits Found, NoRoute {}

  public record Found(RelayPath path) implements Route {}

  /**
   * No eligible path. {@code blockingLinks}: the ineligible links on the border of what the source
   * reaches, towards the destination — empty if the two nodes are not connected at all.
   */
  public record NoRoute(List<String> blockingLinks) implements Route {

    public NoRoute {
      blockingLinks = List.copyOf(blockingLinks);
    }

    public boolean connected() {
      return !blockingLinks.isEmpty();
    }
  }

  private record Cost(int hops, double scarcity, double qber) implements Comparable<Cost> {

    Cost plus(LinkCondition link) {
      return new Cost(hops + 1, scarcity + 1.0 / (1 + link.availableBits()), qber + link.qber());
    }

    @Override
    public int compareTo(Cost other) {
      int byHops = Integer.compare(hops, other.hops);
      if (byHops != 0) {
        return byHops;
      }
      int byScarcity = Double.compare(scarcity, other.scarcity);
      return byScarcity != 0 ? byScarcity : Double.compare(qber, other.qber);
    }
  }

  private record Reached(String node, Cost cost) {}

  /** The best eligible path from {@code from} to {@code to} for a request of {@code bitsNeeded}. */
  public static Route route(
      NetworkGraph graph,
      String from,
      String to,
      long bitsNeeded,
      Function<String, LinkCondition> conditions) {
    Map<String, LinkCondition> seen = new HashMap<>();
    Function<String, LinkCondition> condition = id -> seen.computeIfAbsent(id, conditions);
    Map<String, Cost> best = new HashMap<>();
    Map<String, LinkEdge> via = new HashMap<>();
    PriorityQueue<Reached> queue = new PriorityQueue<>((a, b) -> a.cost().compareTo(b.cost()));
    best.put(from, new Cost(0, 0, 0));
    queue.add(new Reached(from, best.get(from)));
    while (!queue.isEmpty()) {
      Reached here = queue.poll();
      if (here.cost().compareTo(best.get(here.node())) > 0) {
        continue; // a better way to this node was found after this one was queued
      }
      if (here.node().equals(to)) {
        return new Found(path(from, to, via));
      }
      for (LinkEdge edge : graph.edgesAt(here.node())) {
        LinkCondition link = condition.apply(edge.linkId());
        if (!link.usable() || link.availableBits() < bitsNeeded) {
          continue;
        }
        String next = edge.otherEnd(here.node());
        Cost cost = here.cost().plus(link);
        Cost known = best.get(next);
        if (known == null || cost.compareTo(known) < 0) {
          best.put(next, cost);
          via.put(next, edge);
          queue.add(new Reached(next, cost));
        }
      }
    }
    return new NoRoute(border(graph, best.keySet(), to));
  }

  private static RelayPath path(String from, String to, Map<String, LinkEdge> via) {
    List<RelayHop> hops = new ArrayList<>();
    for (String node = to; !node.equals(from); ) {
      LinkEdge edge = via.get(node);
      String previous = edge.otherEnd(node);
      hops.add(0, new RelayHop(edge.linkId(), previous, node));
      node = previous;
    }
    return new RelayPath(hops);
  }

  /** Links from the reached nodes to nodes that reach {@code to} without passing them. */
  private static List<String> border(NetworkGraph graph, Set<String> reached, String to) {
    Set<String> towards = new HashSet<>(Set.of(to));
    Deque<String> open = new ArrayDeque<>(towards);
    while (!open.isEmpty()) {
      String node = open.poll();
      for (LinkEdge edge : graph.edgesAt(node)) {
        String next = edge.otherEnd(node);
        if (!reached.contains(next) && towards.add(next)) {
          open.add(next);
        }
      }
    }
    Set<String> links = new TreeSet<>();
    for (LinkEdge edge : graph.edges()) {
      boolean aIn = reached.contains(edge.nodeA());
      boolean bIn = reached.contains(edge.nodeB());
      if ((aIn && towards.contains(edge.nodeB())) || (bIn && towards.contains(edge.nodeA()))) {
        links.add(edge.linkId());
      }
    }
    return List.copyOf(links);
  }
}
