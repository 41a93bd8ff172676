package io.qgate.qkd.finitekey;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/** Downhill simplex maximisation (Nelder and Mead 1965) for the tests' parameter searches. */
final class NelderMead {

  private NelderMead() {}

  /** The best point found from {@code start}, stepping {@code step} in each coordinate first. */
  static double[] maximise(ToDoubleFunction<double[]> f, double[] start, double step, int evals) {
    int d = start.length;
    double[][] simplex = new double[d + 1][];
    double[] value = new double[d + 1];
    for (int i = 0; i <= d; i++) {
      simplex[i] = start.clone();
      if (i > 0) {
        simplex[i][i - 1] += step;
      }
      value[i] = f.applyAsDouble(simplex[i]);
    }
    for (int used = d + 1; used < evals; ) {
      Integer[] order = new Integer[d + 1];
      Arrays.setAll(order, i -> i);
      final double[] v = value;
      Arrays.sort(order, Comparator.comparingDouble(i -> -v[i]));
      int worst = order[d];
      double[] centroid = new double[d];
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          centroid[j] += simplex[order[i]][j] / d;
        }
      }
      double[] reflected = along(centroid, simplex[worst], -1);
      double fr = f.applyAsDouble(reflected);
      used++;
      if (fr > value[order[0]]) {
        double[] expanded = along(centroid, simplex[worst], -2);
        double fe = f.applyAsDouble(expanded);
        used++;
        replace(simplex, value, worst, fe > fr ? expanded : reflected, Math.max(fe, fr));
      } else if (fr > value[order[d - 1]]) {
        replace(simplex, value, worst, reflected, fr);
      } else {
        double[] contracted = along(centroid, simplex[worst], 0.5);
        double fc = f.applyAsDouble(contracted);
        used++;
        if (fc > value[worst]) {
          replace(simplex, value, worst, contracted, fc);
        } else {
          for (int i = 1; i <= d; i++) {
            int p = order[i];
            simplex[p] = along(simplex[order[0]], simplex[p], 0.5);
            value[p] = f.applyAsDouble(simplex[p]);
            used++;
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= d; i++) {
      best = value[i] > value[best] ? i : best;
    }
    return simplex[best];
  }

  /** centroid + t · (point − centroid). */
  private static double[] along(double[] centroid, double[] point, double t) {
    double[] x = new double[centroid.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = centroid[j] + t * (point[j] - centroid[j]);
    }
    return x;
  }

  private static void replace(double[][] simplex, double[] value, int i, double[] x, double fx) {
    simplex[i] = x;
    value[i] = fx;
  }
}
