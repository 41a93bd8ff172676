package io.qgate.pipeline.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.pipeline.fixtures.RecordingDecisions;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.policy.domain.PolicyQuestion.TelemetryEncryption;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FleetDriverPermitsTest {

  private static final Duration TICK = Duration.ofMillis(100);

  private final FakeFleet.Device certified = new FakeFleet.Device("plc-1", "PLC", 10);
  private final FakeFleet.Device uncertified = new FakeFleet.Device("plc-9", "PLC", 10);

  @Test
  void readingsOfARefusedDeviceAreCountedAndNotSent() {
    FleetDriverHarness gateway =
        new FleetDriverHarness(
            FakeFleet.of(certified, uncertified), RecordingDecisions.refusing("plc-9"), true);

    gateway.tick(10, TICK);

    assertThat(gateway.sentBy("plc-1")).isEqualTo(10);
    assertThat(gateway.sentBy("plc-9")).isZero();
    assertThat(gateway.runtime.refused).hasValue(10);
    assertThat(gateway.runtime.sent).hasValue(10);
    assertThat(uncertified.readAt).as("no reading taken for a refused device").isEmpty();
  }

  @Test
  void asksThePolicyOncePerDeviceInAKeyPeriodNotPerReading() {
    FleetDriverHarness gateway =
        new FleetDriverHarness(
            FakeFleet.of(certified, uncertified), RecordingDecisions.refusing("plc-9"), true);

    gateway.tick(30, TICK);

    assertThat(gateway.decisions.askedAbout("plc-1")).isEqualTo(1);
    assertThat(gateway.decisions.askedAbout("plc-9")).isEqualTo(1);
  }

  @Test
  void asksAgainWhenTheDeviceKeyPeriodChanges() {
    FleetDriverHarness gateway =
        new FleetDriverHarness(FakeFleet.of(certified), new RecordingDecisions(), true);
    gateway.tick(1, TICK);
    // the hourly schedule's next period starts an hour after START
    gateway.clock.set(FleetDriverHarness.START.plus(Duration.ofHours(1)).minusMillis(100));
    gateway.driver.tick();
    assertThat(gateway.decisions.askedAbout("plc-1")).isEqualTo(1);

    gateway.tick(1, TICK);

    assertThat(gateway.decisions.askedAbout("plc-1")).isEqualTo(2);
  }

  @Test
  void asksAboutTheAlgorithmTheGatewayKeysChooseForTheDevice() {
    FakeFleet.Device pmu = new FakeFleet.Device("pmu-1", "PMU", 10);
    FleetDriverHarness gateway =
        new FleetDriverHarness(FakeFleet.of(certified, pmu), new RecordingDecisions(), true);

    gateway.tick(1, TICK);

    assertThat(gateway.decisions.asked())
        .extracting(TelemetryEncryption::deviceId, TelemetryEncryption::algorithm)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("plc-1", AeadAlgorithm.ASCON_AEAD128),
            org.assertj.core.groups.Tuple.tuple("pmu-1", AeadAlgorithm.AES_256_GCM));
  }
}
