package io.qgate.simulations.domain;

import io.qgate.netsim.topology.Architecture;
import io.qgate.qkd.protocol.Protocol;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Architecture runs: one discrete-event run per architecture, all with the same devices, gateways,
 * seed and policy, as {@code ./qgate sim network --architecture A} with these flags and the
 * command's defaults for the rest (pool 1e6 bits, 256-bit keys, 60 s master epochs, 60 bins).
 *
 * @param architectures command-line names, each once, in the order asked
 * @param gateways edge gateways (default ⌈devices/200⌉)
 * @param protocol what every link runs
 * @param keyMode derived (HKDF from gateway master keys) or direct
 * @param nodeFailure whether the most loaded node fails half-way through
 */
public record ArchitectureParameters(
    List<String> architectures,
    int devices,
    int gateways,
    double hours,
    long seed,
    String protocol,
    String keyMode,
    double areaKm,
    double rekeyPeriodSeconds,
    double repetitionRateHz,
    boolean nodeFailure)
    implements SimulationParameters {

  public static final List<String> DEFAULT_ARCHITECTURES =
      List.of("central", "distributed", "hierarchical", "hybrid");
  public static final int DEFAULT_DEVICES = 1000;
  public static final double DEFAULT_HOURS = 1;
  public static final long DEFAULT_SEED = 1;
  public static final String DEFAULT_PROTOCOL = "bb84-decoy";
  public static final double DEFAULT_AREA_KM = 200;
  public static final double DEFAULT_REKEY_PERIOD_S = 60;
  public static final int MAX_DEVICES = 100_000;
  public static final double MAX_HOURS = 24;

  /** devices × hours per architecture: 100,000 devices for 10 h take about 1.5 min of CPU. */
  public static final double MAX_DEVICE_HOURS = 1_000_000;

  public static final double MAX_AREA_KM = 2000;
  public static final double MAX_REKEY_PERIOD_S = 86_400;

  /** The engine's protocols the network simulator does not run links with yet. */
  private static final Set<Protocol> NOT_IN_NETWORKS = Set.of(Protocol.E91);

  public ArchitectureParameters {
    architectures = List.copyOf(architectures);
  }

  @Override
  public SimulationKind kind() {
    return SimulationKind.NETWORK_ARCHITECTURE;
  }

  static ArchitectureParameters of(SimulationRequest r, Violations v) {
    onlyForSweep(r, v);
    List<String> architectures =
        r.architectures() == null ? DEFAULT_ARCHITECTURES : architectures(r.architectures(), v);
    int devices = r.devices() == null ? DEFAULT_DEVICES : r.devices();
    if (devices < 1 || devices > MAX_DEVICES) {
      v.add("devices", "must lie in [1, " + MAX_DEVICES + "], was " + devices);
    }
    int gateways = r.gateways() == null ? Math.max(1, (devices + 199) / 200) : r.gateways();
    if (gateways < 1) {
      v.add("gateways", "must be >= 1, was " + gateways);
    } else if (!v.has("devices") && gateways > devices) {
      v.add("gateways", "must not exceed devices (" + devices + "), was " + gateways);
    }
    double hours = r.hours() == null ? DEFAULT_HOURS : r.hours();
    if (!(hours > 0 && hours <= MAX_HOURS)) {
      v.add("hours", "must lie in (0, " + (int) MAX_HOURS + "], was " + hours);
    } else if (!v.has("devices") && devices * hours > MAX_DEVICE_HOURS) {
      v.add(
          "hours",
          "devices × hours must not exceed "
              + (long) MAX_DEVICE_HOURS
              + " per architecture (at most "
              + MAX_DEVICE_HOURS / devices
              + " h for "
              + devices
              + " devices)");
    }
    long seed = r.seed() == null ? DEFAULT_SEED : r.seed();
    String protocol = protocol(r.protocol(), v);
    String keyMode = r.keyMode() == null ? "derived" : r.keyMode().strip().toLowerCase(Locale.ROOT);
    if (!keyMode.equals("derived") && !keyMode.equals("direct")) {
      v.add("keyMode", "must be derived or direct, was '" + r.keyMode() + "'");
    }
    double area = r.areaKm() == null ? DEFAULT_AREA_KM : r.areaKm();
    if (!(area > 0 && area <= MAX_AREA_KM)) {
      v.add("areaKm", "must lie in (0, " + (int) MAX_AREA_KM + "] km, was " + area);
    }
    double period =
        r.rekeyPeriodSeconds() == null ? DEFAULT_REKEY_PERIOD_S : r.rekeyPeriodSeconds();
    if (!(period >= 1 && period <= MAX_REKEY_PERIOD_S)) {
      v.add(
          "rekeyPeriodSeconds",
          "must lie in [1, " + (int) MAX_REKEY_PERIOD_S + "] s, was " + period);
    }
    double rate =
        r.repetitionRateHz() == null
            ? KeyRateSweepParameters.DEFAULT_REPETITION_RATE_HZ
            : r.repetitionRateHz();
    KeyRateSweepParameters.repetitionRate(rate, v);
    boolean failure = r.nodeFailure() == null || r.nodeFailure();
    return new ArchitectureParameters(
        architectures,
        devices,
        gateways,
        hours,
        seed,
        protocol,
        keyMode,
        area,
        period,
        rate,
        failure);
  }

  private static List<String> architectures(List<String> names, Violations v) {
    if (names.isEmpty()) {
      v.add("architectures", "must name at least one of " + Architecture.names());
      return List.of();
    }
    Set<String> distinct = new LinkedHashSet<>();
    boolean unknown = false;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      try {
        distinct.add(
            Architecture.fromCliName(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))
                .cliName());
      } catch (IllegalArgumentException e) {
        unknown = true;
        v.add(
            "architectures[" + i + "]",
            "must be one of " + Architecture.names() + ", was '" + name + "'");
      }
    }
    if (!unknown && distinct.size() < names.size()) {
      v.add("architectures", "names an architecture twice");
    }
    return List.copyOf(distinct);
  }

  private static String protocol(String name, Violations v) {
    if (name == null) {
      return DEFAULT_PROTOCOL;
    }
    try {
      Protocol protocol = Protocol.fromCliName(name.strip());
      if (NOT_IN_NETWORKS.contains(protocol)) {
        v.add("protocol", protocol.cliName() + " is not simulated in networks yet");
      }
      return protocol.cliName();
    } catch (IllegalArgumentException e) {
      v.add("protocol", "must be one of bb84-decoy, bb84, sarg04, cv-gg02, was '" + name + "'");
      return name;
    }
  }

  private static void onlyForSweep(SimulationRequest r, Violations v) {
    String only = "applies to KEY_RATE_SWEEP jobs only";
    if (r.protocols() != null) v.add("protocols", only + " (architecture runs take protocol)");
    if (r.fromKm() != null) v.add("fromKm", only);
    if (r.toKm() != null) v.add("toKm", only);
    if (r.points() != null) v.add("points", only);
  }
}
