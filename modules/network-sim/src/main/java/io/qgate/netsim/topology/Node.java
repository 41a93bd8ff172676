package io.qgate.netsim.topology;

/**
 * A site of the deployment: a KME, a trusted relay or an edge gateway, at a position on a plane.
 *
 * @param xKm east coordinate in km
 * @param yKm north coordinate in km
 */
public record Node(String id, Role role, double xKm, double yKm) {

  public double distanceKm(double x, double y) {
    return Math.hypot(xKm - x, yKm - y);
  }

  public double distanceKm(Node other) {
    return distanceKm(other.xKm, other.yKm);
  }
}
