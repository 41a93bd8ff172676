package io.qgate.simulations.domain;

import io.qgate.qkd.protocol.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A key-rate sweep: each protocol on the GYS system (the engine's default link, as {@code ./qgate
 * sim keyrate} without link flags), at {@code points} distances evenly spaced from {@code fromKm}
 * to {@code toKm}, source settings optimised per distance.
 *
 * @param protocols engine names, each once, in the order asked
 */
public record KeyRateSweepParameters(
    List<String> protocols, double fromKm, double toKm, int points, double repetitionRateHz)
    implements SimulationParameters {

  public static final List<String> DEFAULT_PROTOCOLS = List.of("bb84-decoy");
  public static final double DEFAULT_FROM_KM = 0;
  public static final double DEFAULT_TO_KM = 150;
  public static final int DEFAULT_POINTS = 16;
  public static final double DEFAULT_REPETITION_RATE_HZ = 1e9;
  public static final double MAX_KM = 300;
  public static final int MAX_POINTS = 200;
  public static final double MAX_REPETITION_RATE_HZ = 1e11;

  public KeyRateSweepParameters {
    protocols = List.copyOf(protocols);
  }

  @Override
  public SimulationKind kind() {
    return SimulationKind.KEY_RATE_SWEEP;
  }

  /** The distances of the sweep, both ends included. */
  public List<Double> distancesKm() {
    List<Double> distances = new ArrayList<>(points);
    if (points == 1) {
      return List.of(fromKm);
    }
    double step = (toKm - fromKm) / (points - 1);
    for (int i = 0; i < points; i++) {
      distances.add(i == points - 1 ? toKm : fromKm + i * step);
    }
    return distances;
  }

  /** Points computed in all: protocols × distances. */
  public int steps() {
    return protocols.size() * points;
  }

  static KeyRateSweepParameters of(SimulationRequest r, Violations v) {
    onlyForArchitecture(r, v);
    List<String> protocols = DEFAULT_PROTOCOLS;
    if (r.protocols() != null) {
      protocols = protocols(r.protocols(), v);
    }
    double from = r.fromKm() == null ? DEFAULT_FROM_KM : r.fromKm();
    double to = r.toKm() == null ? Math.max(DEFAULT_TO_KM, from) : r.toKm();
    int points = r.points() == null ? DEFAULT_POINTS : r.points();
    double rate = r.repetitionRateHz() == null ? DEFAULT_REPETITION_RATE_HZ : r.repetitionRateHz();
    if (!(from >= 0 && from <= MAX_KM)) {
      v.add("fromKm", "must lie in [0, " + (int) MAX_KM + "] km, was " + from);
    }
    if (!(to >= 0 && to <= MAX_KM)) {
      v.add("toKm", "must lie in [0, " + (int) MAX_KM + "] km, was " + to);
    } else if (!v.has("fromKm") && to < from) {
      v.add("toKm", "must not be below fromKm (" + from + "), was " + to);
    }
    if (points < 1 || points > MAX_POINTS) {
      v.add("points", "must lie in [1, " + MAX_POINTS + "], was " + points);
    } else if (points > 1 && !v.has("fromKm") && !v.has("toKm") && to == from) {
      v.add("points", "must be 1 when fromKm equals toKm, was " + points);
    }
    repetitionRate(rate, v);
    return new KeyRateSweepParameters(protocols, from, to, points, rate);
  }

  private static List<String> protocols(List<String> names, Violations v) {
    if (names.isEmpty()) {
      v.add("protocols", "must name at least one protocol (" + Protocol.names() + ")");
      return List.of();
    }
    Set<String> distinct = new LinkedHashSet<>();
    boolean unknown = false;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      try {
        distinct.add(Protocol.fromCliName(name == null ? "" : name.strip()).cliName());
      } catch (IllegalArgumentException e) {
        unknown = true;
        v.add(
            "protocols[" + i + "]", "must be one of " + Protocol.names() + ", was '" + name + "'");
      }
    }
    if (!unknown && distinct.size() < names.size()) {
      v.add("protocols", "names a protocol twice");
    }
    return List.copyOf(distinct);
  }

  static void repetitionRate(double rate, Violations v) {
    if (!(rate > 0 && rate <= MAX_REPETITION_RATE_HZ)) {
      v.add("repetitionRateHz", "must lie in (0, 1e11] Hz, was " + rate);
    }
  }

  private static void onlyForArchitecture(SimulationRequest r, Violations v) {
    String only = "applies to NETWORK_ARCHITECTURE jobs only";
    if (r.architectures() != null) v.add("architectures", only);
    if (r.devices() != null) v.add("devices", only);
    if (r.gateways() != null) v.add("gateways", only);
    if (r.hours() != null) v.add("hours", only);
    if (r.seed() != null) v.add("seed", only);
    if (r.protocol() != null) v.add("protocol", only + " (a sweep takes protocols)");
    if (r.keyMode() != null) v.add("keyMode", only);
    if (r.areaKm() != null) v.add("areaKm", only);
    if (r.rekeyPeriodSeconds() != null) v.add("rekeyPeriodSeconds", only);
    if (r.nodeFailure() != null) v.add("nodeFailure", only);
  }
}
