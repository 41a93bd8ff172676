package io.qgate.grid.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.grid.domain.alarm.AlarmThresholds;
import io.qgate.grid.domain.synchrophasor.StatWord;
import io.qgate.grid.domain.synchrophasor.TimeQuality;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridMonitorTest {

  private final FrameScript script = new FrameScript();

  @Test
  void readsTheGridTopic() {
    assertThat(script.monitor().topic()).isEqualTo("qgate.grid.pmu.v1");
  }

  @Test
  void anUnderfrequencyExcursionRaisesExactlyOneAlertThenOneClear() {
    script.send(50, 50.0, 0);
    List<Alert> entering = script.send(100, 49.75, 0);
    List<Alert> leaving = script.send(100, 50.0, 0);

    assertThat(entering).singleElement().satisfies(this::isExcursionWarning);
    assertThat(leaving)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.type()).isEqualTo("GRID_FREQUENCY_EXCURSION_CLEARED");
              assertThat(a.severity()).isEqualTo("INFO");
            });
    assertThat(script.all()).hasSize(2);
  }

  private void isExcursionWarning(Alert a) {
    assertThat(a.type()).isEqualTo("GRID_FREQUENCY_EXCURSION");
    assertThat(a.severity()).isEqualTo("WARNING");
    assertThat(a.tenant()).isEqualTo("UTILITY");
    assertThat(a.sourceKind()).isEqualTo("DEVICE");
    assertThat(a.sourceId()).isEqualTo("pmu-sub01-1");
    assertThat(a.details())
        .containsEntry("frequency", 49.75)
        .containsEntry("nominal", 50.0)
        .containsEntry("threshold", 0.2)
        .containsEntry("substation", "sub01")
        .containsEntry("rocof", 0.0);
    assertThat(a.message()).contains("49.750 Hz", "250 mHz", "Isar");
  }

  @Test
  void anOverfrequencyExcursionIsAnExcursionToo() {
    assertThat(script.send(10, 50.25, 0))
        .extracting(Alert::type)
        .containsExactly("GRID_FREQUENCY_EXCURSION");
  }

  @Test
  void deviationsInsideTheThresholdRaiseNothing() {
    assertThat(script.send(500, 49.81, 0)).isEmpty();
    assertThat(script.send(500, 50.19, 0)).isEmpty();
  }

  @Test
  void hysteresisKeepsAFrequencyHoveringAtTheLimitFromFlapping() {
    script.send(1, 49.75, 0);
    for (int i = 0; i < 200; i++) {
      script.send(1, i % 2 == 0 ? 49.79 : 49.81, 0); // 210 and 190 mHz
    }
    assertThat(script.all()).hasSize(1);

    assertThat(script.send(1, 49.83, 0)) // 170 mHz: inside 200 - 20
        .extracting(Alert::type)
        .containsExactly("GRID_FREQUENCY_EXCURSION_CLEARED");
  }

  @Test
  void aDeepExcursionEscalatesOnceToCritical() {
    script.send(10, 49.7, 0);
    script.send(10, 49.1, 0);
    script.send(10, 49.6, 0);
    script.send(10, 49.1, 0);
    script.send(10, 50.0, 0);

    assertThat(script.all())
        .extracting(Alert::type, Alert::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GRID_FREQUENCY_EXCURSION", "WARNING"),
            org.assertj.core.groups.Tuple.tuple("GRID_FREQUENCY_EXCURSION", "CRITICAL"),
            org.assertj.core.groups.Tuple.tuple("GRID_FREQUENCY_EXCURSION_CLEARED", "INFO"));
  }

  @Test
  void rocofMustBeSustainedForFiveHundredMilliseconds() {
    // 25 frames span 480 ms: not yet
    assertThat(script.send(25, 50.0, -1.2)).isEmpty();
    // the 26th is 500 ms after the first
    assertThat(script.send(1, 50.0, -1.2))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.type()).isEqualTo("GRID_ROCOF");
              assertThat(a.severity()).isEqualTo("WARNING");
              assertThat(a.details()).containsEntry("rocof", -1.2).containsEntry("threshold", 1.0);
            });
    assertThat(script.send(200, 50.0, -1.2)).isEmpty();
  }

  @Test
  void rocofOfTwoHertzPerSecondIsCritical() {
    assertThat(script.send(26, 50.0, 2.5)).extracting(Alert::severity).containsExactly("CRITICAL");
  }

  @Test
  void rocofSpikesNeverRaise() {
    for (int i = 0; i < 500; i++) {
      script.send(1, 50.0, i % 2 == 0 ? -5.0 : 0.1);
    }
    assertThat(script.all()).isEmpty();
  }

  @Test
  void aRocofThatChangesSignIsNotSustained() {
    for (int i = 0; i < 20; i++) {
      script.send(20, 50.0, i % 2 == 0 ? -1.5 : 1.5); // 400 ms each way
    }
    assertThat(script.all()).isEmpty();
  }

  @Test
  void lostFramesRestartTheWindow() {
    script.send(20, 50.0, -1.5);
    script.skip(50);
    assertThat(script.send(20, 50.0, -1.5)).isEmpty();
    assertThat(script.send(6, 50.0, -1.5)).hasSize(1);
  }

  @Test
  void rocofClearsAfterAWindowBelowTheHysteresis() {
    script.send(26, 50.0, -1.2);
    assertThat(script.send(300, 50.0, 0.9)).as("0.9 Hz/s is above 1.0 - 0.2").isEmpty();
    assertThat(script.send(25, 50.0, 0.1)).isEmpty();
    assertThat(script.send(1, 50.0, 0.1))
        .extracting(Alert::type, Alert::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("GRID_ROCOF_CLEARED", "INFO"));
  }

  @Test
  void aTripRaisesBothAlarmsOnceEach() {
    script.send(50, 50.0, 0);
    for (int i = 1; i <= 30; i++) {
      script.send(1, 50.0 - 0.024 * i, -1.2); // -1.2 Hz/s for 600 ms, down to 49.28 Hz
    }
    script.send(500, 49.4, 0);
    script.send(100, 50.0, 0);

    assertThat(script.all())
        .extracting(Alert::type)
        .containsExactly(
            "GRID_FREQUENCY_EXCURSION",
            "GRID_ROCOF",
            "GRID_ROCOF_CLEARED",
            "GRID_FREQUENCY_EXCURSION_CLEARED");
  }

  @Test
  void aPmuDataErrorRaisesOnceAndItsValuesAreIgnored() {
    List<Alert> raised = script.send(100, 45.0, -9, StatWord.DATA_ERROR_PMU);

    assertThat(raised)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.type()).isEqualTo("GRID_PMU_DATA_INVALID");
              assertThat(a.severity()).isEqualTo("WARNING");
              assertThat(a.details()).containsEntry("stat", "0xC000");
              assertThat(a.message()).contains("PMU error");
            });
    assertThat(script.send(1, 50.0, 0))
        .extracting(Alert::type)
        .containsExactly("GRID_PMU_DATA_INVALID_CLEARED");
    assertThat(script.all()).hasSize(2);
  }

  @Test
  void lostTimeSynchronisationMakesTheDataUnusable() {
    assertThat(script.send(10, 50.0, 0, StatWord.SYNC_ERROR))
        .singleElement()
        .satisfies(a -> assertThat(a.message()).contains("time synchronisation lost"));
  }

  @Test
  void testModeIsReportedAsUnusable() {
    assertThat(script.send(3, 50.0, 0, StatWord.DATA_ERROR_TEST_MODE))
        .extracting(Alert::type)
        .containsExactly("GRID_PMU_DATA_INVALID");
  }

  @Test
  void aClockFailureMakesTheDataUnusable() {
    assertThat(script.sendWithTimeQuality(TimeQuality.CLOCK_FAILURE, 49.0))
        .singleElement()
        .satisfies(a -> assertThat(a.message()).contains("clock failure"));
    assertThat(script.sendWithTimeQuality(0x0B, 50.0)) // within 10 s: degraded but usable
        .extracting(Alert::type)
        .containsExactly("GRID_PMU_DATA_INVALID_CLEARED");
  }

  @Test
  void absentFrequencyIsUnusableData() {
    assertThat(script.send(3, Double.NaN, 0))
        .singleElement()
        .satisfies(a -> assertThat(a.message()).contains("absent"));
  }

  @Test
  void anActiveExcursionSurvivesAnOutageOfValidData() {
    script.send(5, 49.7, 0);
    script.send(5, 50.0, 0, StatWord.DATA_ERROR_PMU);
    script.send(5, 49.7, 0);

    assertThat(script.all())
        .extracting(Alert::type)
        .containsExactly(
            "GRID_FREQUENCY_EXCURSION", "GRID_PMU_DATA_INVALID", "GRID_PMU_DATA_INVALID_CLEARED");
  }

  @Test
  void theExcursionThresholdIsConfigurable() {
    FrameScript tight =
        new FrameScript(
            new GridMonitor(
                List.of(FrameScript.SUBSTATION),
                AlarmThresholds.defaults().withFrequencyDeviation(0.1)));

    assertThat(tight.send(5, 49.85, 0)).hasSize(1);
  }

  @Test
  void aMalformedPayloadIsRejected() {
    byte[] bad = script.bytes(50.0, 0, 0);
    bad[20] ^= 1;

    assertThatThrownBy(() -> script.monitor().inspect("pmu-sub01-1", Instant.now(), bad))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("CRC");
  }

  @Test
  void anUnknownDeviceIsRejected() {
    byte[] ok = script.bytes(50.0, 0, 0);

    assertThatThrownBy(() -> script.monitor().inspect("pmu-sub99-9", Instant.now(), ok))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("no PMU configuration for device pmu-sub99-9");
  }

  @Test
  void pmusAreWatchedSeparately() {
    GridFleet fleet = GridFleet.of(2, SimulationSettings.defaults());
    GridMonitor monitor = GridMonitor.of(fleet);
    FrameScript first = new FrameScript(monitor);

    first.send(5, 49.7, 0);

    assertThat(monitor.watch("pmu-sub01-1").frequencyAlarmActive()).isTrue();
    assertThat(monitor.watch("pmu-sub01-2").frequencyAlarmActive()).isFalse();
  }
}
