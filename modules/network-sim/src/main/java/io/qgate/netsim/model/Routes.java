package io.qgate.netsim.model;

import io.qgate.netsim.topology.Link;
import io.qgate.netsim.topology.Role;
import io.qgate.netsim.topology.Topology;
import java.util.Arrays;

/**
 * The path of every gateway's keys: to the nearest KME that is alive, over live links that produce
 * key, through KMEs and relays only (a gateway forwards nothing). Fewest hops first, then shortest
 * fibre (multi-source Dijkstra from the KMEs).
 */
final class Routes {

  private final int[][] links;
  private final int[][] nodes;

  private Routes(int[][] links, int[][] nodes) {
    this.links = links;
    this.nodes = nodes;
  }

  static Routes compute(
      Topology t, int[] gateways, double[] rates, boolean[] nodeAlive, boolean[] linkAlive) {
    int n = t.nodes().size();
    double[] cost = new double[n];
    int[] via = new int[n];
    boolean[] done = new boolean[n];
    Arrays.fill(cost, Double.POSITIVE_INFINITY);
    Arrays.fill(via, -1);
    for (int i = 0; i < n; i++) {
      if (nodeAlive[i] && t.node(i).role() == Role.KME) {
        cost[i] = 0;
      }
    }
    for (int step = 0; step < n; step++) {
      int u = -1;
      for (int i = 0; i < n; i++) {
        if (!done[i] && cost[i] < Double.POSITIVE_INFINITY && (u < 0 || cost[i] < cost[u])) {
          u = i;
        }
      }
      if (u < 0) {
        break;
      }
      done[u] = true;
      if (t.node(u).role() == Role.GATEWAY) {
        continue;
      }
      for (int l : t.linksAt(u)) {
        Link link = t.links().get(l);
        int v = link.other(u);
        double c = cost[u] + 1 + link.fibreKm() / 1e4; // a hop outweighs any fibre length
        if (linkAlive[l] && rates[l] > 0 && nodeAlive[v] && c < cost[v]) {
          cost[v] = c;
          via[v] = l;
        }
      }
    }
    int[][] links = new int[gateways.length][];
    int[][] nodes = new int[gateways.length][];
    for (int g = 0; g < gateways.length; g++) {
      if (via[gateways[g]] >= 0) {
        trace(t, gateways[g], via, g, links, nodes);
      }
    }
    return new Routes(links, nodes);
  }

  private static void trace(Topology t, int from, int[] via, int g, int[][] links, int[][] nodes) {
    int hops = 0;
    for (int v = from; via[v] >= 0; v = t.links().get(via[v]).other(v)) {
      hops++;
    }
    links[g] = new int[hops];
    nodes[g] = new int[hops + 1];
    int v = from;
    nodes[g][0] = v;
    for (int h = 0; h < hops; h++) {
      links[g][h] = via[v];
      v = t.links().get(via[v]).other(v);
      nodes[g][h + 1] = v;
    }
  }

  /** Links from the gateway (ordinal) to its KME; null if it has no route. */
  int[] links(int gateway) {
    return links[gateway];
  }

  /** Nodes from the gateway to its KME, one more than the links. */
  int[] nodes(int gateway) {
    return nodes[gateway];
  }
}
