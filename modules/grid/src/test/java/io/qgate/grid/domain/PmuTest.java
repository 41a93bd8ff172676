package io.qgate.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PmuTest {

  @Test
  void aThreePhasePmuHasThreeVoltagesAndACurrent() {
    Pmu pmu = Pmu.threePhase("pmu-sub01-1", 1, "SUB01 PMU1", NominalFrequency.HZ_50, 50);

    assertThat(pmu.phasors())
        .extracting(PhasorChannel::name)
        .containsExactly("VA", "VB", "VC", "IA");
    assertThat(pmu.phasors().get(3).kind()).isEqualTo(PhasorChannel.Kind.CURRENT);
    assertThat(pmu.timeBase()).isEqualTo(1_000_000);
  }

  @Test
  void idcodeZeroAndFfffAreReserved() {
    assertThatThrownBy(() -> pmu(0)).hasMessageContaining("IDCODE must be 1..65534");
    assertThatThrownBy(() -> pmu(65_535)).hasMessageContaining("IDCODE must be 1..65534");
    assertThat(pmu(65_534).idCode()).isEqualTo(65_534);
  }

  @Test
  void reportingRatesFollowC37118Table1() {
    assertThat(NominalFrequency.HZ_50.reportingRates()).containsExactly(10, 25, 50);
    assertThat(NominalFrequency.HZ_60.reportingRates()).containsExactly(10, 12, 15, 20, 30, 60);
    assertThatThrownBy(() -> Pmu.threePhase("p", 1, "S", NominalFrequency.HZ_50, 60))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pmu.threePhase("p", 1, "S", NominalFrequency.HZ_60, 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Pmu.threePhase("p", 1, "S", NominalFrequency.HZ_60, 60).reportingRate())
        .isEqualTo(60);
  }

  @Test
  void namesFitTheSixteenByteAsciiFields() {
    assertThatThrownBy(
            () -> Pmu.threePhase("p", 1, "SEVENTEEN CHARS!!", NominalFrequency.HZ_50, 50))
        .hasMessageContaining("16 ASCII");
    assertThatThrownBy(() -> PhasorChannel.voltage("Ü")).hasMessageContaining("16 ASCII");
  }

  @Test
  void deviceIdsFitTheRegistry() {
    String longest = "p".repeat(63);
    assertThat(Pmu.threePhase(longest, 1, "S", NominalFrequency.HZ_50, 50).deviceId()).hasSize(63);
    assertThatThrownBy(() -> Pmu.threePhase(longest + "p", 1, "S", NominalFrequency.HZ_50, 50))
        .hasMessageContaining("1..63");
  }

  @Test
  void timeBaseIsTwentyFourBits() {
    assertThatThrownBy(
            () ->
                new Pmu(
                    "p",
                    1,
                    "S",
                    List.of(PhasorChannel.voltage("VA")),
                    NominalFrequency.HZ_50,
                    50,
                    1 << 24))
        .hasMessageContaining("TIME_BASE");
  }

  @Test
  void aSubstationsPmusShareItsNominalFrequency() {
    Pmu sixty = Pmu.threePhase("p", 1, "S", NominalFrequency.HZ_60, 60);

    assertThatThrownBy(() -> new Substation("s", "S", NominalFrequency.HZ_50, List.of(sixty)))
        .hasMessageContaining("nominal frequency");
    assertThat(NominalFrequency.ofHertz(60)).isEqualTo(NominalFrequency.HZ_60);
  }

  private static Pmu pmu(int idCode) {
    return Pmu.threePhase("p", idCode, "S", NominalFrequency.HZ_50, 50);
  }
}
