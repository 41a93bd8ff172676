package io.qgate.pipeline.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FleetDriverPacingTest {

  private static final Duration TICK = Duration.ofMillis(100);

  @Test
  void aFiftyPerSecondDeviceSendsFiftyOverOneSecondOfTicks() {
    FleetDriverHarness gateway = FleetDriverHarness.of(FakeFleet.of(device("pmu-1", 50)));

    gateway.tick(10, TICK);

    assertThat(gateway.sent()).hasSize(50);
    assertThat(gateway.runtime.sent).hasValue(50);
  }

  @Test
  void sendsFivePerTenthOfASecondNotInBursts() {
    FleetDriverHarness gateway = FleetDriverHarness.of(FakeFleet.of(device("pmu-1", 50)));

    for (int tick = 1; tick <= 10; tick++) {
      gateway.tick(1, TICK);
      assertThat(gateway.sent()).hasSize(5 * tick);
    }
  }

  @Test
  void eachDeviceKeepsItsOwnRate() {
    FleetDriverHarness gateway =
        FleetDriverHarness.of(
            FakeFleet.of(device("pmu-1", 50), device("plc-1", 10), device("meter-1", 1)));

    gateway.tick(20, TICK);

    assertThat(gateway.sentBy("pmu-1")).isEqualTo(100);
    assertThat(gateway.sentBy("plc-1")).isEqualTo(20);
    assertThat(gateway.sentBy("meter-1")).isEqualTo(2);
  }

  @Test
  void aSlowDeviceAccumulatesItsBudgetOverTicks() {
    FleetDriverHarness gateway = FleetDriverHarness.of(FakeFleet.of(device("meter-1", 2)));

    gateway.tick(1, Duration.ofMillis(250));
    assertThat(gateway.sent()).isEmpty();
    gateway.tick(1, Duration.ofMillis(250));
    assertThat(gateway.sent()).hasSize(1);
    gateway.tick(2, Duration.ofMillis(250));
    assertThat(gateway.sent()).hasSize(2);
  }

  @Test
  void catchesUpAtMostOneSecondAfterAStall() {
    FleetDriverHarness gateway = FleetDriverHarness.of(FakeFleet.of(device("pmu-1", 50)));
    gateway.tick(10, TICK);

    gateway.tick(1, Duration.ofSeconds(10));

    assertThat(gateway.sent()).hasSize(50 + 50);
    gateway.tick(1, TICK);
    assertThat(gateway.sent()).hasSize(50 + 50 + 5);
  }

  @Test
  void theFirstTickCountsFromWhenTheDriverWasCreated() {
    FleetDriverHarness gateway = FleetDriverHarness.of(FakeFleet.of(device("pmu-1", 50)));

    gateway.tick(1, Duration.ofMillis(400));

    assertThat(gateway.sent()).hasSize(20);
  }

  @Test
  void devicesOfTheSameRateAreSpreadOverTheTicks() {
    FleetDriverHarness gateway =
        FleetDriverHarness.of(
            FakeFleet.of(device("m-0", 1), device("m-1", 1), device("m-2", 1), device("m-3", 1)));

    gateway.tick(1, Duration.ofMillis(250));
    assertThat(gateway.sent()).extracting(r -> r.key()).containsExactly("m-3");
    gateway.tick(1, Duration.ofMillis(250));
    assertThat(gateway.sent()).extracting(r -> r.key()).containsExactly("m-3", "m-2");

    gateway.tick(2, Duration.ofMillis(250));
    assertThat(gateway.sent()).extracting(r -> r.key()).containsExactly("m-3", "m-2", "m-1", "m-0");
  }

  private static FakeFleet.Device device(String id, double rate) {
    return new FakeFleet.Device(id, "PMU", rate);
  }
}
