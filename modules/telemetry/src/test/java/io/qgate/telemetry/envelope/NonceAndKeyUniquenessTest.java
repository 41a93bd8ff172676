package io.qgate.telemetry.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.telemetry.keys.Epoch;
import io.qgate.telemetry.keys.MasterKey;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;

/** The (key, nonce) argument of {@link EnvelopeSealer}, one premise per property. */
class NonceAndKeyUniquenessTest {

  private static final MasterKey MASTER = Fixtures.masterKey(7);

  @Property
  void distinctSequencesGiveDistinctNoncesThatEncodeThem(
      @ForAll @Size(min = 2, max = 50) @UniqueElements List<@LongRange(min = 0) Long> sequences,
      @ForAll Algorithm algorithm) {
    Set<String> nonces = new HashSet<>();
    for (long sequence : sequences) {
      byte[] nonce = algorithm.nonceFor(sequence);
      assertThat(nonce).hasSize(algorithm.nonceLength());
      assertThat(EnvelopeLayout.getLong(nonce, nonce.length - 8)).isEqualTo(sequence);
      assertThat(Arrays.copyOf(nonce, nonce.length - 8)).containsOnly(0);
      nonces.add(HexFormat.of().formatHex(nonce));
    }
    assertThat(nonces).hasSize(sequences.size());
  }

  @Property(tries = 200)
  void deviceKeysDifferForEveryDifferenceOfDeviceEpochOrAlgorithm(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String deviceA,
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String deviceB,
      @ForAll @LongRange(max = 3) long periodA,
      @ForAll @LongRange(max = 3) long periodB,
      @ForAll Algorithm algorithmA,
      @ForAll Algorithm algorithmB) {
    Epoch epochA = new Epoch(periodA, 0);
    Epoch epochB = new Epoch(periodB, 0);
    Assume.that(!(deviceA.equals(deviceB) && epochA.equals(epochB) && algorithmA == algorithmB));
    try (DeviceKeyCache cache = new DeviceKeyCache(8)) {
      byte[] a = cache.key(MASTER, deviceA, epochA, algorithmA);
      byte[] b = cache.key(MASTER, deviceB, epochB, algorithmB);
      assertThat(a).hasSize(algorithmA.keyLength());
      // not equal, and the shorter is not a prefix of the longer
      int common = Math.min(a.length, b.length);
      assertThat(Arrays.copyOf(a, common)).isNotEqualTo(Arrays.copyOf(b, common));
    }
  }

  @Property(tries = 50)
  void aSealerNeverRepeatsANonceUnderOneKey(
      @ForAll @Size(min = 1, max = 4) @UniqueElements
          List<@AlphaChars @StringLength(min = 1, max = 8) String> devices,
      @ForAll @LongRange(min = 1, max = 5) long maxUses) {
    io.qgate.telemetry.keys.EpochSchedule schedule =
        new io.qgate.telemetry.keys.EpochSchedule(java.time.Duration.ofHours(1), maxUses);
    Set<String> keyAndNonce = new HashSet<>();
    int records = 0;
    try (EnvelopeSealer sealer =
            new EnvelopeSealer(
                GatewayKeySource.fixed(MASTER, schedule, Algorithm.ASCON_AEAD128),
                new DeviceSequences(() -> 1000),
                Fixtures.CLOCK,
                new DeviceKeyCache(64));
        DeviceKeyCache keys = new DeviceKeyCache(64);
        EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(MASTER))) {
      for (int i = 0; i < 20; i++) {
        for (String device : devices) {
          byte[] envelope = sealer.seal(Fixtures.TOPIC, device, new byte[4]);
          Accepted accepted = (Accepted) opener.open(Fixtures.TOPIC, envelope);
          byte[] key = keys.key(MASTER, device, accepted.epoch(), accepted.algorithm());
          keyAndNonce.add(
              HexFormat.of().formatHex(key)
                  + "/"
                  + HexFormat.of().formatHex(accepted.algorithm().nonceFor(accepted.sequence())));
          records++;
        }
      }
    }
    assertThat(keyAndNonce).hasSize(records);
  }
}
