package io.qgate.grid.application;

import io.qgate.grid.domain.NominalFrequency;
import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.Substation;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simulated utility grid the edge gateway {@code gw-grid-1} streams to {@code
 * qgate.grid.pmu.v1}: N PMUs spread over substations (4 per substation by default), device ids
 * {@code pmu-<substation>-<n>}, IDCODEs 1..N ({@link GridLayout}). All PMUs share the seed, hence
 * the same grid events; each has its own measurement noise.
 */
public final class GridFleet implements SimulatedFleet {

  public static final String TOPIC = "qgate.grid.pmu.v1";
  public static final String DOMAIN = "GRID";
  public static final String GATEWAY_ID = "gw-grid-1";

  /** The demo fleet's size. */
  public static final int DEMO_PMUS = 200;

  public static final int DEFAULT_PMUS_PER_SUBSTATION = 4;

  private final List<Substation> substations;
  private final SimulationSettings settings;
  private final List<PmuSimulator> devices;

  /** A fleet over a given topology. */
  public GridFleet(List<Substation> substations, SimulationSettings settings) {
    this.substations = List.copyOf(substations);
    this.settings = settings;
    List<PmuSimulator> sims = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<Integer> idCodes = new HashSet<>();
    for (Substation s : this.substations) {
      for (Pmu pmu : s.pmus()) {
        if (!ids.add(pmu.deviceId()) || !idCodes.add(pmu.idCode())) {
          throw new IllegalArgumentException(
              "PMU " + pmu.deviceId() + " is not unique in the fleet");
        }
        sims.add(new PmuSimulator(pmu, settings));
      }
    }
    this.devices = List.copyOf(sims);
  }

  /** The demo: 200 PMUs, 4 per substation, 50 Hz, 50 frames/s, default settings. */
  public static GridFleet demo() {
    return of(DEMO_PMUS, SimulationSettings.defaults());
  }

  /** {@code pmus} PMUs, 4 per substation, 50 Hz at 50 frames/s. */
  public static GridFleet of(int pmus, SimulationSettings settings) {
    return of(
        pmus,
        DEFAULT_PMUS_PER_SUBSTATION,
        NominalFrequency.HZ_50,
        NominalFrequency.HZ_50.defaultReportingRate(),
        settings);
  }

  /**
   * {@code pmus} PMUs, {@code perSubstation} per substation (the last may have fewer).
   *
   * @param reportingRate frames per second, a C37.118.1 rate of {@code frequency}
   */
  public static GridFleet of(
      int pmus,
      int perSubstation,
      NominalFrequency frequency,
      int reportingRate,
      SimulationSettings settings) {
    return new GridFleet(
        GridLayout.substations(pmus, perSubstation, frequency, reportingRate), settings);
  }

  public List<Substation> substations() {
    return substations;
  }

  /**
   * The first {@code pmus} PMUs of this grid, in their substations, ids and IDCODEs unchanged: the
   * part one gateway simulates while every consumer knows the whole grid.
   */
  public GridFleet firstPmus(int pmus) {
    if (pmus < 1 || pmus > devices.size()) {
      throw new IllegalArgumentException(
          "a part of "
              + devices.size()
              + " PMUs must have 1 to "
              + devices.size()
              + ", not "
              + pmus);
    }
    List<Substation> part = new ArrayList<>();
    int left = pmus;
    for (Substation s : substations) {
      if (left == 0) {
        break;
      }
      List<Pmu> taken = s.pmus().subList(0, Math.min(left, s.pmus().size()));
      part.add(new Substation(s.id(), s.name(), s.nominalFrequency(), taken));
      left -= taken.size();
    }
    return new GridFleet(part, settings);
  }

  @Override
  public String topic() {
    return TOPIC;
  }

  @Override
  public Tenant tenant() {
    return Tenant.UTILITY;
  }

  @Override
  public String domain() {
    return DOMAIN;
  }

  @Override
  public String gatewayId() {
    return GATEWAY_ID;
  }

  @Override
  public List<PmuSimulator> devices() {
    return devices;
  }
}
