package io.qgate.netsim.model;

import java.util.Arrays;

/**
 * Keys on their way from a gateway to a KME, in parallel arrays indexed by request id; ids are
 * reused once a request ends, so memory follows the requests in flight, not the total.
 */
final class Requests {

  int[] owner = new int[1024]; // a device (direct mode) or a gateway ordinal (master keys)
  int[] tag = new int[1024]; // the master key's epoch; unused for device keys
  int[] hop = new int[1024]; // index of the next link on the path
  long[] issued = new long[1024];
  long[] deadline = new long[1024];
  boolean[] master = new boolean[1024];
  int[][] links = new int[1024][];
  int[][] nodes = new int[1024][];
  private int[] free = new int[1024];
  private int freeCount;
  private int used;
  private int live;
  private int peak;

  int open(
      boolean isMaster, int who, int epoch, long now, long due, int[] pathLinks, int[] pathNodes) {
    int r = freeCount > 0 ? free[--freeCount] : next();
    master[r] = isMaster;
    owner[r] = who;
    tag[r] = epoch;
    hop[r] = 0;
    issued[r] = now;
    deadline[r] = due;
    links[r] = pathLinks;
    nodes[r] = pathNodes;
    peak = Math.max(peak, ++live);
    return r;
  }

  void close(int r) {
    links[r] = null;
    nodes[r] = null;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = r;
    live--;
  }

  /** Most requests in flight at once. */
  int peak() {
    return peak;
  }

  private int next() {
    if (used == owner.length) {
      int n = owner.length * 2;
      owner = Arrays.copyOf(owner, n);
      tag = Arrays.copyOf(tag, n);
      hop = Arrays.copyOf(hop, n);
      issued = Arrays.copyOf(issued, n);
      deadline = Arrays.copyOf(deadline, n);
      master = Arrays.copyOf(master, n);
      links = Arrays.copyOf(links, n);
      nodes = Arrays.copyOf(nodes, n);
    }
    return used++;
  }
}
