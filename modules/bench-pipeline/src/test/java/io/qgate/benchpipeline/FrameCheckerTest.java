package io.qgate.benchpipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.devstack.bench.LatencySummary;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FrameCheckerTest {

  /** Records what it was asked; a payload of one byte 0 is malformed. */
  private static final class RecordingMonitor implements TelemetryMonitor {
    final List<String> seen = new ArrayList<>();

    @Override
    public java.util.Map<String, Object> values(String deviceId, byte[] payload) {

      return java.util.Map.of("bytes", payload.length);
    }

    @Override
    public String topic() {
      return "t";
    }

    @Override
    public List<Alert> inspect(String deviceId, Instant time, byte[] payload) {
      seen.add(deviceId + "@" + time.toEpochMilli());
      if (payload.length == 1 && payload[0] == 0) {
        throw new MalformedReadingException("bad frame");
      }
      return List.of();
    }
  }

  private final RecordingMonitor monitor = new RecordingMonitor();
  private final AtomicLong nowMicros = new AtomicLong();
  private final FrameChecker checker = new FrameChecker(monitor, nowMicros::get);

  @Test
  void everyFrameIsInspectedWithItsDeviceAndRecordTime() {
    nowMicros.set(5_000_000);
    checker.check("pmu-1-1", 4_990, new byte[] {1});

    assertThat(monitor.seen).containsExactly("pmu-1-1@4990");
    assertThat(checker.checked.get()).isEqualTo(1);
    assertThat(checker.latencies().size()).isZero(); // no window yet
  }

  @Test
  void latencyIsCountedForFramesDueInTheWindowAndThroughputForChecksInIt() {
    checker.measure(new MeasuredWindow(10_000_000, 20_000_000));

    nowMicros.set(10_500_000);
    checker.check("a", 9_990, new byte[] {1}); // due before the window: throughput only
    nowMicros.set(12_000_000);
    checker.check("a", 11_990, new byte[] {1}); // due and checked inside: 10 ms
    nowMicros.set(21_000_000);
    checker.check("a", 19_970, new byte[] {1}); // due inside, checked after: 1,030 ms
    checker.check("a", 20_000, new byte[] {1}); // due at the end: outside

    assertThat(checker.checked.get()).isEqualTo(4);
    assertThat(checker.checkedInWindow.get()).isEqualTo(2);
    LatencySummary summary = LatencySummary.of(List.of(checker.latencies()));
    assertThat(summary.count()).isEqualTo(2);
    assertThat(summary.p50()).isEqualTo(10_000_000L);
    assertThat(summary.maxNanos()).isEqualTo(1_030_000_000L);
  }

  @Test
  void aClockBehindTheRecordTimeGivesZeroNotANegativeLatency() {
    checker.measure(new MeasuredWindow(0, 1_000_000_000));
    nowMicros.set(4_999_000);
    checker.check("a", 5_000, new byte[] {1});

    assertThat(LatencySummary.of(List.of(checker.latencies())).maxNanos()).isZero();
  }

  @Test
  void aMalformedFrameIsCountedAndStillCheckedAndTimed() {
    checker.measure(new MeasuredWindow(0, 1_000_000_000));
    nowMicros.set(6_000_000);
    checker.check("a", 5_000, new byte[] {0});

    assertThat(checker.malformed.get()).isEqualTo(1);
    assertThat(checker.checked.get()).isEqualTo(1);
    assertThat(checker.latencies().size()).isEqualTo(1);
  }
}
