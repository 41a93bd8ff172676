package io.qgate.health.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.health.domain.PatientReference;
import io.qgate.health.domain.VitalsFormat;
import io.qgate.health.infrastructure.fhir.FhirVitalsFormat;
import io.qgate.platform.domain.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthFleetTest {

  private static final VitalsFormat FHIR = new FhirVitalsFormat();

  @Test
  void theDemoHospitalHas300MonitorsOver15WardsBehindOneGateway() {
    HealthFleet fleet = HealthFleet.demo(FHIR);

    assertThat(fleet.topic()).isEqualTo("qgate.health.vitals.v1");
    assertThat(fleet.tenant()).isEqualTo(Tenant.HOSPITAL);
    assertThat(fleet.domain()).isEqualTo("HEALTH");
    assertThat(fleet.gatewayId()).isEqualTo("gw-health-1");
    List<BedsideMonitorSimulator> devices = fleet.devices();
    assertThat(devices).hasSize(300);
    assertThat(devices.get(0).id()).isEqualTo("mon-01-01");
    assertThat(devices.get(19).id()).isEqualTo("mon-01-20");
    assertThat(devices.get(20).id()).isEqualTo("mon-02-01");
    assertThat(devices.get(299).id()).isEqualTo("mon-15-20");
    assertThat(devices)
        .allSatisfy(
            d -> assertThat(d.id()).matches("mon-\\d{2}-\\d{2}").hasSizeLessThanOrEqualTo(63))
        .allSatisfy(d -> assertThat(d.kind()).isEqualTo("BEDSIDE_MONITOR"))
        .allSatisfy(d -> assertThat(d.readingsPerSecond()).isEqualTo(1.0));
    assertThat(devices).extracting(BedsideMonitorSimulator::id).doesNotHaveDuplicates();
    assertThat(devices).extracting(d -> d.monitor().patient()).doesNotHaveDuplicates();
    assertThat(devices)
        .extracting(d -> d.monitor().ward().number())
        .containsOnly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  }

  @Test
  void anyNumberOfMonitorsFillsWardsInOrder() {
    HealthFleet fleet = new HealthFleet(45, 20, 1, SimulatorSettings.defaults(), FHIR);

    assertThat(fleet.devices()).hasSize(45);
    assertThat(fleet.devices().get(44).id()).isEqualTo("mon-03-05");
    assertThat(HealthFleet.of(7, FHIR).devices()).hasSize(7);
  }

  @Test
  void theSeedDecidesThePseudonyms() {
    PatientReference first = HealthFleet.of(3, FHIR).devices().get(2).monitor().patient();

    assertThat(HealthFleet.of(3, FHIR).devices().get(2).monitor().patient()).isEqualTo(first);
    assertThat(
            new HealthFleet(3, 20, 99, SimulatorSettings.defaults(), FHIR)
                .devices()
                .get(2)
                .monitor()
                .patient())
        .isNotEqualTo(first);
  }

  @Test
  void refusesAnEmptyFleetAndImpossibleWards() {
    assertThatThrownBy(() -> HealthFleet.of(0, FHIR)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HealthFleet(10, 0, 1, SimulatorSettings.defaults(), FHIR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SimulatorSettings(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SimulatorSettings(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
