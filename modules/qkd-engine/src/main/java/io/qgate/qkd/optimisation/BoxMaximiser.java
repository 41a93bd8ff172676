package io.qgate.qkd.optimisation;

import java.util.function.ToDoubleFunction;

/**
 * Maximises a function over a box by cyclic coordinate search: on each coordinate a log-spaced scan
 * finds the right basin (key rates are flat zero over wide ranges, which defeats local methods),
 * then golden-section search refines it. It starts from the given point and accepts only
 * improvements, so it never returns a worse point than the start.
 */
public final class BoxMaximiser {

  private static final int GRID = 25;
  private static final int GOLDEN_STEPS = 40;
  private static final int SWEEPS = 3;
  private static final double INVERSE_PHI = (Math.sqrt(5) - 1) / 2;

  private BoxMaximiser() {}

  /** A point and its value; NaN values count as −∞. */
  public record Result(double[] point, double value) {}

  /** Lower bounds must be > 0: the search runs in log space. */
  public static Result maximise(
      ToDoubleFunction<double[]> f, double[] lower, double[] upper, double[] start) {
    double[] best = start.clone();
    double bestValue = value(f, best);
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      double before = bestValue;
      for (int i = 0; i < best.length; i++) {
        double[] candidate = best.clone();
        double candidateValue = alongCoordinate(f, candidate, i, lower[i], upper[i]);
        if (candidateValue > bestValue) {
          best = candidate;
          bestValue = candidateValue;
        }
      }
      if (bestValue <= before) {
        break;
      }
    }
    return new Result(best, bestValue);
  }

  /** Moves coordinate i of x to the best value found along it; returns that value. */
  private static double alongCoordinate(
      ToDoubleFunction<double[]> f, double[] x, int i, double lower, double upper) {
    double logLow = Math.log(lower);
    double step = (Math.log(upper) - logLow) / (GRID - 1);
    int bestIndex = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < GRID; k++) {
      double v = at(f, x, i, logLow + k * step);
      if (v > bestValue) {
        bestValue = v;
        bestIndex = k;
      }
    }
    double a = logLow + Math.max(0, bestIndex - 1) * step;
    double b = logLow + Math.min(GRID - 1, bestIndex + 1) * step;
    double bestLog = logLow + bestIndex * step;
    for (int k = 0; k < GOLDEN_STEPS; k++) {
      double c = b - INVERSE_PHI * (b - a);
      double d = a + INVERSE_PHI * (b - a);
      double fc = at(f, x, i, c);
      double fd = at(f, x, i, d);
      if (fc >= fd) {
        b = d;
        if (fc > bestValue) {
          bestValue = fc;
          bestLog = c;
        }
      } else {
        a = c;
        if (fd > bestValue) {
          bestValue = fd;
          bestLog = d;
        }
      }
    }
    x[i] = Math.exp(bestLog);
    return bestValue;
  }

  private static double at(ToDoubleFunction<double[]> f, double[] x, int i, double logValue) {
    double[] y = x.clone();
    y[i] = Math.exp(logValue);
    return value(f, y);
  }

  private static double value(ToDoubleFunction<double[]> f, double[] x) {
    double v = f.applyAsDouble(x);
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }
}
