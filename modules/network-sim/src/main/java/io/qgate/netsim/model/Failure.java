package io.qgate.netsim.model;

import io.qgate.netsim.topology.Role;

/**
 * The node failure: the node (KME or relay; gateways are leaves) that has done the most key
 * operations so far goes down with all its links, and every gateway is routed anew.
 */
final class Failure {

  private final NetworkSimulation s;
  int failedNode = -1;
  int unroutedAfter = -1;

  Failure(NetworkSimulation s) {
    this.s = s;
  }

  void strike(long now) {
    long[] operations = s.delivery.nodeOperations();
    int victim = -1;
    for (int n = 0; n < s.t.nodes().size(); n++) {
      boolean candidate = s.nodeAlive[n] && s.t.node(n).role() != Role.GATEWAY;
      if (candidate && (victim < 0 || operations[n] > operations[victim])) {
        victim = n;
      }
    }
    if (victim < 0) {
      return;
    }
    failedNode = victim;
    s.nodeAlive[victim] = false;
    for (int l : s.t.linksAt(victim)) {
      s.delivery.cut(now, l);
    }
    s.routes =
        Routes.compute(s.t, s.gateways, s.c.linkBitsPerSecond(), s.nodeAlive, s.delivery.linkAlive);
    unroutedAfter = Summary.unrouted(s.routes, s.gateways.length);
  }
}
