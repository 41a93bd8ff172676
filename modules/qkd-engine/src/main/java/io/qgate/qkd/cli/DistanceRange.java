package io.qgate.qkd.cli;

import java.util.ArrayList;
import java.util.List;

/** The {@code --distance-km} argument: one distance D, or a sweep FROM:TO:STEP (both ends kept). */
final class DistanceRange {

  private static final int MAX_POINTS = 100_000;

  private DistanceRange() {}

  static List<Double> parse(String text) {
    String[] parts = text.strip().split(":", -1);
    if (parts.length == 1) {
      return List.of(number(parts[0], "distance"));
    }
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "--distance-km must be D or FROM:TO:STEP in km, was '" + text + "'");
    }
    double from = number(parts[0], "range start");
    double to = number(parts[1], "range end");
    double step = number(parts[2], "range step");
    if (to < from) {
      throw new IllegalArgumentException("--distance-km range end " + to + " is below its start");
    }
    if (step <= 0) {
      throw new IllegalArgumentException("--distance-km range step must be > 0, was " + step);
    }
    long count = (long) Math.floor((to - from) / step + 1e-9) + 1;
    if (count > MAX_POINTS) {
      throw new IllegalArgumentException(
          "--distance-km range has more than " + MAX_POINTS + " points");
    }
    List<Double> distances = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      distances.add(from + i * step);
    }
    return distances;
  }

  private static double number(String text, String what) {
    double value;
    try {
      value = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--distance-km " + what + " is not a number: '" + text + "'");
    }
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "--distance-km " + what + " must be a finite number >= 0, was " + text);
    }
    return value;
  }
}
