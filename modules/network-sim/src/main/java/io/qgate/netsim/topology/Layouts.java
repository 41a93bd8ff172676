package io.qgate.netsim.topology;

import java.util.SplittableRandom;

/** The layout rules of the four architectures; gateways are always uniform over the region. */
final class Layouts {

  /** Each KME of the distributed mesh links to this many nearest KMEs (plus a spanning tree). */
  static final int MESH_DEGREE = 3;

  private Layouts() {}

  static Topology central(LayoutOptions o, SplittableRandom random) {
    double[][] gateways = Sites.uniform(o.gateways(), o.areaKm(), random);
    TopologyBuilder b = new TopologyBuilder(o.protocol());
    int hub = b.add("kme-hub", Role.KME, new double[] {o.areaKm() / 2, o.areaKm() / 2});
    for (int i = 0; i < gateways.length; i++) {
      b.link(b.add(gatewayId(i), Role.GATEWAY, gateways[i]), hub);
    }
    return b.build();
  }

  static Topology distributed(LayoutOptions o, SplittableRandom random) {
    double[][] gateways = Sites.uniform(o.gateways(), o.areaKm(), random);
    double[][] kmes = Sites.spreadAmong(gateways, o.kmesOrDefault(), o.areaKm());
    TopologyBuilder b = new TopologyBuilder(o.protocol());
    int[] kme = new int[kmes.length];
    for (int k = 0; k < kmes.length; k++) {
      kme[k] = b.add(String.format("kme-%03d", k), Role.KME, kmes[k]);
    }
    Mesh.join(b, kme, kmes, MESH_DEGREE);
    for (int i = 0; i < gateways.length; i++) {
      int g = b.add(gatewayId(i), Role.GATEWAY, gateways[i]);
      for (int k : Sites.nearest(kmes, gateways[i], 2)) {
        b.link(g, kme[k]);
      }
    }
    return b.build();
  }

  /**
   * Core ring of KMEs on a circle of radius area/4 around the centre, regional relays spread among
   * the gateways, each relay under its {@code uplinks} nearest core KMEs and each gateway under its
   * {@code uplinks} nearest relays.
   */
  static Topology hierarchical(LayoutOptions o, SplittableRandom random, int uplinks) {
    double[][] gateways = Sites.uniform(o.gateways(), o.areaKm(), random);
    double[][] relays = Sites.spreadAmong(gateways, o.relaysOrDefault(), o.areaKm());
    double[][] cores = ring(o.coreNodesOrDefault(), o.areaKm());
    TopologyBuilder b = new TopologyBuilder(o.protocol());
    int[] core = new int[cores.length];
    for (int c = 0; c < cores.length; c++) {
      core[c] = b.add(String.format("kme-core-%02d", c), Role.KME, cores[c]);
    }
    for (int c = 0; c < cores.length && cores.length > 1; c++) {
      b.link(core[c], core[(c + 1) % cores.length]);
    }
    int[] relay = new int[relays.length];
    for (int r = 0; r < relays.length; r++) {
      relay[r] = b.add(String.format("relay-%03d", r), Role.RELAY, relays[r]);
      for (int c : Sites.nearest(cores, relays[r], uplinks)) {
        b.link(relay[r], core[c]);
      }
    }
    for (int i = 0; i < gateways.length; i++) {
      int g = b.add(gatewayId(i), Role.GATEWAY, gateways[i]);
      for (int r : Sites.nearest(relays, gateways[i], uplinks)) {
        b.link(g, relay[r]);
      }
    }
    return b.build();
  }

  private static double[][] ring(int count, double areaKm) {
    double[][] points = new double[count][];
    double radius = count == 1 ? 0 : areaKm / 4;
    for (int c = 0; c < count; c++) {
      double angle = Math.PI / 4 + 2 * Math.PI * c / count;
      points[c] =
          new double[] {
            areaKm / 2 + radius * Math.cos(angle), areaKm / 2 + radius * Math.sin(angle)
          };
    }
    return points;
  }

  private static String gatewayId(int i) {
    return String.format("gw-%05d", i);
  }
}
