package io.qgate.grid.application;

import io.qgate.grid.domain.NominalFrequency;
import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.Substation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays N PMUs out over substations for a simulated fleet: {@code perSubstation} per substation (the
 * last takes the remainder), substation ids {@code sub01}… (wider when there are more than 99),
 * device ids {@code pmu-<substation>-<n>}, IDCODEs 1..N in order, station names {@code SUB01 PMU1}
 * (16-character STN field). Substations are named after Bavarian transmission sites because the
 * demo grid is in Bavaria.
 */
final class GridLayout {

  private static final String[] SITES = {
    "Isar", "Ottenhofen", "Raitersaich", "Grafenrheinfeld", "Redwitz",
    "Oberbachern", "Irsching", "Zolling", "Pleinting", "Schwandorf"
  };

  private GridLayout() {}

  static List<Substation> substations(
      int pmus, int perSubstation, NominalFrequency frequency, int reportingRate) {
    if (pmus < 1 || pmus > 65_534) {
      throw new IllegalArgumentException("a fleet has 1..65534 PMUs (one IDCODE each)");
    }
    if (perSubstation < 1) {
      throw new IllegalArgumentException("a substation has at least one PMU");
    }
    int count = (pmus + perSubstation - 1) / perSubstation;
    int width = Math.max(2, String.valueOf(count).length());
    List<Substation> substations = new ArrayList<>(count);
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
      substations.add(new Substation(id, siteName(s), frequency, list));
    }
    return substations;
  }

  private static String siteName(int s) {
    String site = SITES[(s - 1) % SITES.length];
    int round = (s - 1) / SITES.length;
    return round == 0 ? site : site + " " + (round + 1);
  }
}
