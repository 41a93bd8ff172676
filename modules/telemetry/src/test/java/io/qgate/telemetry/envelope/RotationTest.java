package io.qgate.telemetry.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.telemetry.keys.Epoch;
import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.MasterKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Keys rotate mid-stream, by use, by time and by master key; every record still opens. */
class RotationTest {

  private final MasterKey first = Fixtures.masterKey(1);
  private final MasterKey second = Fixtures.masterKey(2);
  private final AtomicReference<MasterKey> current = new AtomicReference<>(first);
  private final AtomicReference<Instant> now = new AtomicReference<>(Fixtures.NOW);
  private final EpochSchedule schedule = new EpochSchedule(Duration.ofHours(1), 3);

  private final GatewayKeySource keySource =
      new GatewayKeySource() {
        @Override
        public MasterKey currentMasterKey() {
          return current.get();
        }

        @Override
        public EpochSchedule schedule() {
          return schedule;
        }

        @Override
        public Algorithm algorithmFor(String deviceId) {
          return deviceId.startsWith("ascon") ? Algorithm.ASCON_AEAD128 : Algorithm.AES_256_GCM;
        }
      };

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @Test
  void nothingIsLostWhenEpochsAndMasterKeysChange() {
    List<byte[]> envelopes = new ArrayList<>();
    try (EnvelopeSealer sealer =
        new EnvelopeSealer(keySource, new DeviceSequences(), clock, new DeviceKeyCache(4))) {
      for (int i = 0; i < 40; i++) {
        if (i == 10) {
          now.set(Fixtures.NOW.plus(Duration.ofHours(1))); // next period
        }
        if (i == 25) {
          current.set(second); // new master key from the vault
        }
        envelopes.add(
            sealer.seal(Fixtures.TOPIC, i % 2 == 0 ? "ascon-1" : "aes-1", new byte[] {(byte) i}));
      }
    }
    List<Accepted> opened = new ArrayList<>();
    ReplayGuard guard = new ReplayGuard();
    try (EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(first, second))) {
      for (byte[] envelope : envelopes) {
        Accepted accepted = (Accepted) opener.open(Fixtures.TOPIC, envelope);
        assertThat(guard.isFresh(accepted.deviceId(), accepted.sequence())).isTrue();
        guard.accept(accepted.deviceId(), accepted.sequence());
        opened.add(accepted);
      }
    }
    assertThat(opened).extracting(a -> (int) a.payload()[0]).containsExactlyElementsOf(range(40));
    long period = schedule.periodAt(Fixtures.NOW);
    // 5 records per device in the first period: generations 0,0,0,1,1; the period restarts them
    assertThat(opened.subList(0, 10))
        .extracting(Accepted::epoch)
        .containsExactly(
            new Epoch(period, 0),
            new Epoch(period, 0),
            new Epoch(period, 0),
            new Epoch(period, 0),
            new Epoch(period, 0),
            new Epoch(period, 0),
            new Epoch(period, 1),
            new Epoch(period, 1),
            new Epoch(period, 1),
            new Epoch(period, 1));
    assertThat(opened.get(10).epoch()).isEqualTo(new Epoch(period + 1, 0));
    assertThat(opened.subList(0, 25)).allMatch(a -> a.masterKeyId().equals(first.keyId()));
    assertThat(opened.subList(25, 40)).allMatch(a -> a.masterKeyId().equals(second.keyId()));
    assertThat(opened)
        .filteredOn(a -> a.deviceId().equals("ascon-1"))
        .allMatch(a -> a.algorithm() == Algorithm.ASCON_AEAD128);
  }

  private static List<Integer> range(int n) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    return list;
  }
}
