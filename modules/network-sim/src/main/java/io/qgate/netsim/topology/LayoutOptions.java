package io.qgate.netsim.topology;

import io.qgate.qkd.protocol.Protocol;

/**
 * How an architecture lays out a deployment: gateways spread uniformly over a square region, and
 * the number of KMEs or relays each layer gets. Zero means "the architecture's default".
 *
 * @param areaKm side of the square region
 * @param gateways edge gateways
 * @param kmes KMEs of the distributed mesh (default max(3, ⌈G/10⌉))
 * @param coreNodes core KMEs on the hierarchical ring (default 4)
 * @param relays regional trusted relays (default max(1, ⌈G/10⌉))
 * @param protocol what every generated link runs
 */
public record LayoutOptions(
    double areaKm, int gateways, int kmes, int coreNodes, int relays, Protocol protocol) {

  public LayoutOptions {
    if (!(areaKm > 0) || Double.isInfinite(areaKm)) {
      throw new IllegalArgumentException("--area-km must be a finite number > 0, was " + areaKm);
    }
    if (gateways < 1) {
      throw new IllegalArgumentException("--gateways must be >= 1, was " + gateways);
    }
    if (kmes < 0 || coreNodes < 0 || relays < 0) {
      throw new IllegalArgumentException("--kmes, --core-nodes and --relays must be >= 1");
    }
  }

  int kmesOrDefault() {
    return kmes > 0 ? kmes : Math.max(3, ceilDiv(gateways, 10));
  }

  int coreNodesOrDefault() {
    return coreNodes > 0 ? coreNodes : 4;
  }

  int relaysOrDefault() {
    return relays > 0 ? relays : Math.max(1, ceilDiv(gateways, 10));
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
