package io.qgate.netsim.topology;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Where sites go on the square region: uniformly at random, or spread out among given points. */
final class Sites {

  private Sites() {}

  static double[][] uniform(int count, double areaKm, SplittableRandom random) {
    double[][] points = new double[count][];
    for (int i = 0; i < count; i++) {
      points[i] = new double[] {random.nextDouble() * areaKm, random.nextDouble() * areaKm};
    }
    return points;
  }

  /**
   * Farthest-point sampling: the point nearest the centre first, then repeatedly the point farthest
   * from those chosen; it covers the region evenly and is deterministic.
   */
  static double[][] spreadAmong(double[][] points, int count, double areaKm) {
    int n = points.length;
    double[] gap = new double[n];
    Arrays.fill(gap, Double.MAX_VALUE);
    double[][] chosen = new double[Math.min(count, n)][];
    int next = nearest(points, new double[] {areaKm / 2, areaKm / 2});
    for (int c = 0; c < chosen.length; c++) {
      chosen[c] = points[next].clone();
      int farthest = 0;
      for (int i = 0; i < n; i++) {
        gap[i] = Math.min(gap[i], distance(points[i], chosen[c]));
        if (gap[i] > gap[farthest]) {
          farthest = i;
        }
      }
      next = farthest;
    }
    return chosen;
  }

  /** Indices of the {@code k} points nearest {@code at}, nearest first (ties by index). */
  static int[] nearest(double[][] points, double[] at, int k) {
    Integer[] order = new Integer[points.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (i, j) -> Double.compare(distance(points[i], at), distance(points[j], at)));
    return Arrays.stream(order).limit(k).mapToInt(Integer::intValue).toArray();
  }

  static int nearest(double[][] points, double[] at) {
    return nearest(points, at, 1)[0];
  }

  static double distance(double[] p, double[] q) {
    return Math.hypot(p[0] - q[0], p[1] - q[1]);
  }
}
