package io.qgate.netsim.topology;

import java.util.Arrays;

/** Meshes a set of sites: each to its nearest neighbours, plus a spanning tree so all connect. */
final class Mesh {

  private Mesh() {}

  static void join(TopologyBuilder b, int[] nodes, double[][] at, int degree) {
    for (int i = 0; i < nodes.length; i++) {
      for (int j : Sites.nearest(at, at[i], degree + 1)) {
        b.link(nodes[i], nodes[j]); // the builder skips i == j and links already made
      }
    }
    spanningTree(b, nodes, at);
  }

  /** Prim's minimum spanning tree on straight-line distance. */
  private static void spanningTree(TopologyBuilder b, int[] nodes, double[][] at) {
    int n = nodes.length;
    boolean[] in = new boolean[n];
    double[] best = new double[n];
    int[] via = new int[n];
    Arrays.fill(best, Double.MAX_VALUE);
    best[0] = 0;
    for (int step = 0; step < n; step++) {
      int u = -1;
      for (int i = 0; i < n; i++) {
        if (!in[i] && (u < 0 || best[i] < best[u])) {
          u = i;
        }
      }
      in[u] = true;
      if (step > 0) {
        b.link(nodes[u], nodes[via[u]]);
      }
      for (int i = 0; i < n; i++) {
        double d = Sites.distance(at[u], at[i]);
        if (!in[i] && d < best[i]) {
          best[i] = d;
          via[i] = u;
        }
      }
    }
  }
}
