package io.qgate.industrial.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.industrial.domain.plant.Plc;
import io.qgate.industrial.domain.plant.Tag;
import io.qgate.platform.domain.Tenant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlantFleetTest {

  @Test
  void aDemoFleetOfAThousandTagsIsAHundredPlcsOnFivePlants() {
    PlantFleet fleet = new PlantFleet(1000, 42);

    assertThat(fleet.topic()).isEqualTo("qgate.industrial.metrics.v1");
    assertThat(fleet.tenant()).isEqualTo(Tenant.PLANT);
    assertThat(fleet.domain()).isEqualTo("INDUSTRIAL");
    assertThat(fleet.gatewayId()).isEqualTo("gw-plant-1");
    assertThat(fleet.devices()).hasSize(100);
    assertThat(fleet.tagCount()).isEqualTo(1000);
    assertThat(fleet.devices().get(0).id()).isEqualTo("plc-plant1-line1-1");
    assertThat(fleet.devices().get(6).id()).isEqualTo("plc-plant1-line2-2");
    assertThat(fleet.devices().get(99).id()).isEqualTo("plc-plant5-line4-5");
    assertThat(fleet.devices().stream().map(d -> d.plc().plant().id()).distinct()).hasSize(5);
    assertThat(fleet.devices().get(0).plc().tags().get(0).name())
        .isEqualTo("line1/unit1/reactor/temperature");

    Set<String> ids = new HashSet<>();
    for (PlcSimulator device : fleet.devices()) {
      assertThat(device.kind()).isEqualTo("PLC");
      assertThat(device.readingsPerSecond()).isEqualTo(1.0);
      assertThat(device.id()).hasSizeLessThanOrEqualTo(63).matches("plc-plant\\d+-line\\d+-\\d+");
      assertThat(ids.add(device.id())).as("unique " + device.id()).isTrue();
      assertThat(fleet.directory().find(device.id())).containsSame(device.plc());
    }
  }

  @Test
  void aTagCountThatIsNotAMultipleOfTenLeavesTheLastPlcShort() {
    PlantFleet fleet = new PlantFleet(25, 1);
    List<Integer> sizes = fleet.devices().stream().map(d -> d.plc().tags().size()).toList();
    assertThat(sizes).containsExactly(10, 10, 5);
    assertThat(fleet.tagCount()).isEqualTo(25);
  }

  @Test
  void everyStandardDatatypeAppearsWithAliasesOneToTen() {
    Plc plc = new PlantFleet(10, 1).devices().get(0).plc();
    assertThat(plc.tags().stream().map(Tag::dataType).distinct()).hasSize(6);
    assertThat(plc.tags().stream().mapToLong(Tag::alias))
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
  }

  @Test
  void layoutsAndProfilesAreConfigurable() {
    PlantFleet fleet =
        new PlantFleet(
            new FleetLayout(12, 4, 1, 2), SimulationProfile.DEFAULT.withReadingsPerSecond(4), 3);
    assertThat(fleet.devices())
        .extracting(PlcSimulator::id)
        .containsExactly("plc-plant1-line1-1", "plc-plant1-line2-1", "plc-plant2-line1-1");
    assertThat(fleet.devices().get(0).readingsPerSecond()).isEqualTo(4.0);

    assertThatThrownBy(() -> new PlantFleet(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FleetLayout(10, 11, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulationProfile.quiet(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SimulationProfile(1, 1.5, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStandardPlcPayloadIsTheDocumented281Bytes() {
    PlcSimulator plc = new PlantFleet(10, 1).devices().get(0);
    assertThat(plc.nextReading(java.time.Instant.parse("2026-01-01T00:00:00Z"))).hasSize(281);
  }
}
