package io.qgate.health.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BedTest {

  @Test
  void theDeviceIdNamesWardAndBedAndLeadsBackToThem() {
    Bed bed = new Bed(new Ward(3), 12);

    assertThat(bed.deviceId()).isEqualTo("mon-03-12");
    assertThat(bed.label()).isEqualTo("ward 3 bed 12");
    assertThat(Bed.ofDeviceId("mon-03-12")).contains(bed);
    Bed largest = new Bed(new Ward(Ward.MAX_NUMBER), Bed.MAX_NUMBER);
    assertThat(largest.deviceId()).hasSizeLessThanOrEqualTo(63);
    assertThat(Bed.ofDeviceId(largest.deviceId())).contains(largest);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pmu-03-12", "mon-3-12", "mon-00-01", "mon-01-00", "mon-01-12x", ""})
  void otherIdsHaveNoBed(String deviceId) {
    assertThat(Bed.ofDeviceId(deviceId)).isEmpty();
  }

  @Test
  void wardsAndBedsAreNumberedFromOne() {
    assertThatThrownBy(() -> new Ward(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bed(new Ward(1), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Ward(Ward.MAX_NUMBER + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMonitorTakesItsBedsId() {
    Bed bed = new Bed(new Ward(2), 5);
    PatientReference patient = PatientReference.random(new SplittableRandom(1));

    assertThat(BedsideMonitor.at(bed, patient).deviceId()).isEqualTo("mon-02-05");
    assertThatThrownBy(() -> new BedsideMonitor("mon-02-06", bed, patient))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
