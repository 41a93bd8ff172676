package io.qgate.netsim.model;

import io.qgate.netsim.topology.Link;
import io.qgate.netsim.topology.Node;
import io.qgate.netsim.topology.Role;
import io.qgate.netsim.topology.Topology;
import io.qgate.qkd.protocol.Protocol;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made deployments for the model's tests. */
final class Configs {

  static final long SECOND = 1_000_000_000L;

  private Configs() {}

  /** KME — relay — relay — gateway, each link {@code km} long. */
  static Topology chain(double km) {
    List<Node> nodes =
        List.of(
            new Node("kme", Role.KME, 0, 0),
            new Node("relay-1", Role.RELAY, km, 0),
            new Node("relay-2", Role.RELAY, 2 * km, 0),
            new Node("gw", Role.GATEWAY, 3 * km, 0));
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      links.add(new Link(i, i + 1, km, Protocol.BB84_DECOY));
    }
    return new Topology(nodes, links);
  }

  static RekeyPolicy policy(KeyMode mode) {
    return new RekeyPolicy(60 * SECOND, 0.1, 256, mode, 60 * SECOND, 10 * SECOND, 60 * SECOND);
  }

  static SimulationConfig config(
      Topology t, double[] rates, int devices, KeyMode mode, double poolBits, long failAt) {
    return new SimulationConfig(
        t, rates, devices, policy(mode), Timing.defaults(), poolBits, 3600 * SECOND, failAt, 7, 60);
  }

  static double[] rates(Topology t, double bitsPerSecond) {
    double[] r = new double[t.links().size()];
    java.util.Arrays.fill(r, bitsPerSecond);
    return r;
  }
}
