package io.qgate.netsim.model;

import io.qgate.netsim.topology.Link;
import io.qgate.netsim.topology.Role;
import io.qgate.netsim.topology.Topology;

/** The layer a link belongs to, by the roles of its ends. */
public enum Tier {
  /** A gateway's link to a KME or relay. */
  EDGE,
  /** A relay's link up to a KME or to another relay. */
  REGIONAL,
  /** KME to KME. */
  CORE;

  static Tier of(Topology t, int link) {
    Link l = t.links().get(link);
    Role a = t.node(l.a()).role();
    Role b = t.node(l.b()).role();
    if (a == Role.GATEWAY || b == Role.GATEWAY) {
      return EDGE;
    }
    return a == Role.RELAY || b == Role.RELAY ? REGIONAL : CORE;
  }
}
