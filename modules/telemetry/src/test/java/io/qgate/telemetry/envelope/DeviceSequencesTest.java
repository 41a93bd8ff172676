package io.qgate.telemetry.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeviceSequencesTest {

  @Test
  void eachDeviceStartsAtTheClockInMicrosecondsAndCountsUp() {
    AtomicLong clock = new AtomicLong(1_000_000);
    DeviceSequences sequences = new DeviceSequences(clock::get);
    assertThat(sequences.next("a")).isEqualTo(1_000_000);
    assertThat(sequences.next("a")).isEqualTo(1_000_001);
    clock.set(2_000_000);
    assertThat(sequences.next("b")).isEqualTo(2_000_000);
    assertThat(sequences.next("a")).isEqualTo(1_000_002);
  }

  @Test
  void aRestartedGatewayContinuesAboveWhatItUsedBefore() {
    DeviceSequences before = new DeviceSequences();
    long last = 0;
    for (int i = 0; i < 1000; i++) {
      last = before.next("a");
    }
    // a real restart takes seconds; here, wait until the clock has passed the last number
    while (DeviceSequences.nowMicros() <= last) {
      Thread.onSpinWait();
    }
    assertThat(new DeviceSequences().next("a")).isGreaterThan(last);
  }

  @Test
  void concurrentCallersNeverGetTheSameNumber() throws InterruptedException {
    DeviceSequences sequences = new DeviceSequences(() -> 1);
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 10_000; i++) {
                  seen.add(sequences.next("a"));
                }
              }));
      threads.get(t).start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(seen).hasSize(40_000);
  }
}
