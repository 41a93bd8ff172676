package io.qgate.netsim.model;

import io.qgate.netsim.topology.Node;
import io.qgate.netsim.topology.Topology;
import java.util.SplittableRandom;

/**
 * Devices spread uniformly over the gateways' bounding box, each attached to its nearest gateway.
 */
final class DeviceAttachment {

  private DeviceAttachment() {}

  /** The gateway ordinal of each device. */
  static int[] attach(Topology t, int[] gateways, int devices, SplittableRandom random) {
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    double[] gx = new double[gateways.length];
    double[] gy = new double[gateways.length];
    for (int g = 0; g < gateways.length; g++) {
      Node n = t.node(gateways[g]);
      gx[g] = n.xKm();
      gy[g] = n.yKm();
      minX = Math.min(minX, gx[g]);
      minY = Math.min(minY, gy[g]);
      maxX = Math.max(maxX, gx[g]);
      maxY = Math.max(maxY, gy[g]);
    }
    int[] gatewayOf = new int[devices];
    for (int d = 0; d < devices; d++) {
      double x = minX + random.nextDouble() * (maxX - minX);
      double y = minY + random.nextDouble() * (maxY - minY);
      int best = 0;
      double bestDistance = Double.MAX_VALUE;
      for (int g = 0; g < gateways.length; g++) {
        double dx = gx[g] - x;
        double dy = gy[g] - y;
        double d2 = dx * dx + dy * dy;
        if (d2 < bestDistance) {
          bestDistance = d2;
          best = g;
        }
      }
      gatewayOf[d] = best;
    }
    // Every gateway serves at least one device when there are enough devices.
    for (int g = 0; g < gateways.length && devices >= gateways.length; g++) {
      gatewayOf[g] = g;
    }
    return gatewayOf;
  }
}
