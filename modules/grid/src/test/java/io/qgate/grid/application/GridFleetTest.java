package io.qgate.grid.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.qgate.grid.domain.NominalFrequency;
import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.Substation;
import io.qgate.platform.domain.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridFleetTest {

  @Test
  void theDemoFleetIsTwoHundredPmusInFiftySubstations() {
    GridFleet fleet = GridFleet.demo();

    assertThat(fleet.topic()).isEqualTo("qgate.grid.pmu.v1");
    assertThat(fleet.tenant()).isEqualTo(Tenant.UTILITY);
    assertThat(fleet.domain()).isEqualTo("GRID");
    assertThat(fleet.gatewayId()).isEqualTo("gw-grid-1");
    assertThat(fleet.devices()).hasSize(200);
    assertThat(fleet.substations()).hasSize(50).allSatisfy(s -> assertThat(s.pmus()).hasSize(4));
    assertThat(fleet.devices())
        .extracting(PmuSimulator::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("pmu-sub\\d{2}-[1-4]") && id.length() <= 63)
        .contains("pmu-sub01-1", "pmu-sub50-4");
    assertThat(fleet.devices())
        .extracting(d -> d.pmu().idCode())
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 200).boxed().toList());
    assertThat(fleet.devices()).allSatisfy(d -> assertThat(d.readingsPerSecond()).isEqualTo(50));
  }

  @Test
  void substationsAreNamedAfterBavarianSites() {
    List<Substation> subs = GridFleet.demo().substations();

    assertThat(subs.get(0).name()).isEqualTo("Isar");
    assertThat(subs.get(10).name()).isEqualTo("Isar 2");
    assertThat(subs).extracting(Substation::name).doesNotHaveDuplicates();
  }

  @Test
  void theLastSubstationTakesTheRemainder() {
    GridFleet fleet = GridFleet.of(10, SimulationSettings.defaults());

    assertThat(fleet.substations()).extracting(s -> s.pmus().size()).containsExactly(4, 4, 2);
  }

  @Test
  void aPartOfTheGridKeepsItsPmusAsTheWholeGridDefinesThem() {
    GridFleet grid = GridFleet.demo();

    GridFleet part = grid.firstPmus(6);

    assertThat(part.substations())
        .extracting(Substation::id, s -> s.pmus().size())
        .containsExactly(tuple("sub01", 4), tuple("sub02", 2));
    List<Pmu> whole = grid.substations().stream().flatMap(s -> s.pmus().stream()).toList();
    assertThat(part.substations().stream().flatMap(s -> s.pmus().stream()))
        .containsExactlyElementsOf(whole.subList(0, 6));
    assertThat(part.devices()).hasSize(6);
    assertThatThrownBy(() -> grid.firstPmus(0)).hasMessageContaining("1 to 200, not 0");
    assertThatThrownBy(() -> grid.firstPmus(201)).hasMessageContaining("1 to 200, not 201");
  }

  @Test
  void aSixtyHertzFleetAtThirtyFramesPerSecond() {
    GridFleet fleet = GridFleet.of(3, 1, NominalFrequency.HZ_60, 30, SimulationSettings.defaults());

    assertThat(fleet.devices()).allSatisfy(d -> assertThat(d.readingsPerSecond()).isEqualTo(30));
    assertThat(fleet.substations())
        .allSatisfy(s -> assertThat(s.nominalFrequency()).isEqualTo(NominalFrequency.HZ_60));
  }

  @Test
  void refusesNonStandardRatesAndSizes() {
    SimulationSettings settings = SimulationSettings.defaults();

    assertThatThrownBy(() -> GridFleet.of(4, 4, NominalFrequency.HZ_50, 30, settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[10, 25, 50]");
    assertThatThrownBy(() -> GridFleet.of(0, settings))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GridFleet.of(65_535, settings))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void largeFleetsGetWiderSubstationNumbers() {
    GridFleet fleet = GridFleet.of(1_000, SimulationSettings.defaults());

    assertThat(fleet.devices().get(999).id()).isEqualTo("pmu-sub250-4");
    assertThat(fleet.devices().get(0).pmu().stationName()).isEqualTo("SUB001 PMU1");
    assertThat(fleet.devices()).extracting(d -> d.pmu()).extracting(Pmu::idCode).hasSize(1_000);
  }
}
