package io.qgate.benchpipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.qgate.telemetry.envelope.Telemetry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic helpers: clock, shares, CPU readings, thread stages, the plain serializer. */
class SmallPartsTest {

  @Test
  void theBenchClockMapsNanoTimeOntoTheWallClockRoundingDown() {
    BenchClock clock = new BenchClock(1_700_000_000_000_000L, 500);

    assertThat(clock.epochMicros(500)).isEqualTo(1_700_000_000_000_000L);
    assertThat(clock.epochMicros(500 + 1_999)).isEqualTo(1_700_000_000_000_001L);
    assertThat(clock.epochMicros(500 - 1)).isEqualTo(1_699_999_999_999_999L);
    assertThat(clock.epochMillis(500 + 2_999_999)).isEqualTo(1_700_000_000_002L);
  }

  @Test
  void pmusAreDealtRoundRobinAndEachThreadStartsOneFleetIntervalLater() {
    List<List<Integer>> shares = PmuShares.split(List.of(0, 1, 2, 3, 4, 5, 6), 3);

    assertThat(shares).containsExactly(List.of(0, 3, 6), List.of(1, 4), List.of(2, 5));
    assertThat(PmuShares.offsetNanos(0, 60_000)).isZero();
    assertThat(PmuShares.offsetNanos(2, 60_000)).isEqualTo(33_333);
    assertThatThrownBy(() -> PmuShares.split(List.of(1), 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void machineCpuCountsIdleAndIowaitAsNotBusy() {
    MachineCpu before = MachineCpu.parse("cpu  100 0 50 800 50 0 0 0 0 0");
    MachineCpu after = MachineCpu.parse("cpu  250 0 100 850 50 0 0 0 0 0");

    assertThat(before).isEqualTo(new MachineCpu(150, 1000));
    assertThat(after.busySince(before)).isCloseTo(200.0 / 250, within(1e-12));
    assertThat(after.busySince(new MachineCpu(-1, -1))).isNaN();
    assertThatThrownBy(() -> MachineCpu.parse("cpu0 1 2 3 4"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void threadsAreAttributedToStagesByName() {
    assertThat(Stage.of("bench-producer-encrypted-0")).isEqualTo(Stage.PRODUCE);
    assertThat(Stage.of("kafka-producer-network-thread | bench-plain-1a2b-0"))
        .isEqualTo(Stage.PRODUCER_IO);
    assertThat(Stage.of("bench-consumer-plain-1")).isEqualTo(Stage.CONSUME);
    assertThat(Stage.of("data-plane-kafka-request-handler-0")).isEqualTo(Stage.BROKER_AND_REST);
    assertThat(Stage.of("main")).isEqualTo(Stage.BROKER_AND_REST);
  }

  @Test
  void thePlainSerializerPassesTheFrameThrough() {
    byte[] frame = {1, 2, 3};
    PlainTelemetrySerializer serializer = new PlainTelemetrySerializer();

    assertThat(serializer.serialize("t", new Telemetry("pmu-1-1", frame))).isSameAs(frame);
    assertThat(serializer.serialize("t", null)).isNull();
  }

  @Test
  void aWindowHoldsItsStartButNotItsEnd() {
    MeasuredWindow window = new MeasuredWindow(10, 20);

    assertThat(window.contains(10)).isTrue();
    assertThat(window.contains(19)).isTrue();
    assertThat(window.contains(20)).isFalse();
    assertThat(window.contains(9)).isFalse();
    assertThatThrownBy(() -> new MeasuredWindow(5, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
