package io.qgate.grid.application;

import io.qgate.grid.domain.NominalFrequency;
import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.Substation;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The simulated utility grid the edge gateway {@code gw-grid-1} streams to {@code
 * qgate.grid.pmu.v1}: N PMUs spread over substations (4 per substation by default), device ids
 * {@code pmu-<substation>-<n>}, IDCODEs 1..N. Substation names follow Bavarian transmission sites
 * because the demo grid is in Bavaria (50 Hz, Continental Europe). All PMUs share the seed, hence
 * the same grid events; each has its own measurement noise.
 */
public final class GridFleet implements SimulatedFleet {

  public static final String TOPIC = "qgate.grid.pmu.v1";
  public static final String DOMAIN = "GRID";
  public static final String GATEWAY_ID = "gw-grid-1";

  /** The demo fleet's size. */
  public static final int DEMO_PMUS = 200;

  public static final int DEFAULT_PMUS_PER_SUBSTATION = 4;

  private static final String[] SITES = {
    "Isar", "Ottenhofen", "Raitersaich", "Grafenrheinfeld", "Redwitz",
    "Oberbachern", "Irsching", "Zolling", "Pleinting", "Schwandorf"
  };

  private final List<Substation> substations;
  private final List<PmuSimulator> devices;

  /** A fleet over a given topology. */
  public GridFleet(List<Substation> substations, SimulationSettings settings) {
    this.substations = List.copyOf(substations);
    List<PmuSimulator> sims = new ArrayList<>();
    for (Substation s : this.substations) {
      for (Pmu pmu : s.pmus()) {
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
    if (pmus < 1 || pmus > 65_534) {
      throw new IllegalArgumentException("a fleet has 1..65534 PMUs (one IDCODE each)");
    }
    if (perSubstation < 1) {
      throw new IllegalArgumentException("a substation has at least one PMU");
    }
    int count = (pmus + perSubstation - 1) / perSubstation;
    int width = Math.max(2, String.valueOf(count).length());
    List<Substation> subs = new ArrayList<>(count);
    int idCode = 1;
    for (int s = 1; s <= count; s++) {
      String id = String.format(Locale.ROOT, "sub%0" + width + "d", s);
      List<Pmu> list = new ArrayList<>(perSubstation);
      for (int n = 1; n <= perSubstation && idCode <= pmus; n++, idCode++) {
        list.add(
            Pmu.threePhase(
                "pmu-" + id + "-" + n,
                idCode,
                id.toUpperCase(Locale.ROOT) + " PMU" + n,
                frequency,
                reportingRate));
      }
      subs.add(new Substation(id, siteName(s), frequency, list));
    }
    return new GridFleet(subs, settings);
  }

  private static String siteName(int s) {
    String site = SITES[(s - 1) % SITES.length];
    int round = (s - 1) / SITES.length;
    return round == 0 ? site : site + " " + (round + 1);
  }

  public List<Substation> substations() {
    return substations;
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
