package io.qgate.telemetry.envelope;

import static io.qgate.telemetry.envelope.Fixtures.DEVICE;
import static io.qgate.telemetry.envelope.Fixtures.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.telemetry.keys.MasterKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnvelopeRejectionTest {

  private final MasterKey masterKey = Fixtures.masterKey(1);
  private final EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(masterKey));

  @AfterEach
  void close() {
    opener.close();
  }

  private byte[] seal(Algorithm algorithm, String deviceId) {
    try (EnvelopeSealer sealer = Fixtures.sealer(masterKey, algorithm)) {
      return sealer.seal(TOPIC, deviceId, Fixtures.payload(100));
    }
  }

  private Rejected rejected(String topic, byte[] envelope) {
    OpenResult result = opener.open(topic, envelope);
    assertThat(result).isInstanceOf(Rejected.class);
    return (Rejected) result;
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void everySingleBitFlipIsRejected(Algorithm algorithm) {
    byte[] envelope = seal(algorithm, DEVICE);
    int headerLength = EnvelopeLayout.headerLength(algorithm, DEVICE.length());
    for (int i = 0; i < envelope.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] tampered = envelope.clone();
        tampered[i] ^= (byte) (1 << bit);
        Rejected rejected = rejected(TOPIC, tampered);
        if (i >= headerLength) { // ciphertext and tag
          assertThat(rejected.reason()).isEqualTo(RejectReason.AUTHENTICATION_FAILED);
        } else {
          assertThat(rejected.reason())
              .as("byte %d bit %d", i, bit)
              .isIn(
                  RejectReason.UNSUPPORTED_VERSION,
                  RejectReason.UNKNOWN_ALGORITHM,
                  RejectReason.TRUNCATED,
                  RejectReason.MALFORMED,
                  RejectReason.UNKNOWN_KEY,
                  RejectReason.BAD_NONCE,
                  RejectReason.AUTHENTICATION_FAILED);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void tamperedEpochAndSequenceWithMatchingNonceFailAuthentication(Algorithm algorithm) {
    byte[] envelope = seal(algorithm, DEVICE);
    int idsAt = 3 + DEVICE.length() + 16;
    byte[] epochChanged = envelope.clone();
    epochChanged[idsAt + 15] ^= 1; // generation
    assertThat(rejected(TOPIC, epochChanged).reason())
        .isEqualTo(RejectReason.AUTHENTICATION_FAILED);

    // a later sequence with its own, valid nonce: only the tag can tell
    long sequence = EnvelopeLayout.getLong(envelope, idsAt + 16) + 1;
    byte[] sequenceChanged = envelope.clone();
    EnvelopeLayout.putLong(sequenceChanged, idsAt + 16, sequence);
    byte[] nonce = algorithm.nonceFor(sequence);
    System.arraycopy(nonce, 0, sequenceChanged, idsAt + 24, nonce.length);
    assertThat(rejected(TOPIC, sequenceChanged).reason())
        .isEqualTo(RejectReason.AUTHENTICATION_FAILED);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void anotherTopicFailsAuthentication(Algorithm algorithm) {
    Rejected rejected = rejected("qgate.health.vitals.v1", seal(algorithm, DEVICE));
    assertThat(rejected.reason()).isEqualTo(RejectReason.AUTHENTICATION_FAILED);
    assertThat(rejected.detail()).contains("qgate.health.vitals.v1");
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void anotherDeviceIdOfTheSameLengthFailsAuthentication(Algorithm algorithm) {
    byte[] envelope = seal(algorithm, DEVICE);
    byte[] other = "grid-pmu-000043".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(other, 0, envelope, 3, other.length);
    assertThat(rejected(TOPIC, envelope).reason()).isEqualTo(RejectReason.AUTHENTICATION_FAILED);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void anotherDeviceIdOfAnotherLengthFailsAuthentication(Algorithm algorithm) {
    byte[] envelope = seal(algorithm, DEVICE);
    byte[] other = "grid-pmu-0000421".getBytes(StandardCharsets.UTF_8);
    byte[] moved = new byte[envelope.length + 1];
    System.arraycopy(envelope, 0, moved, 0, 2);
    moved[2] = (byte) other.length;
    System.arraycopy(other, 0, moved, 3, other.length);
    System.arraycopy(
        envelope, 3 + DEVICE.length(), moved, 3 + other.length, envelope.length - 3 - 15);
    assertThat(rejected(TOPIC, moved).reason()).isEqualTo(RejectReason.AUTHENTICATION_FAILED);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void anUnknownMasterKeyIdIsNamed(Algorithm algorithm) {
    MasterKey stranger = Fixtures.masterKey(2);
    byte[] envelope;
    try (EnvelopeSealer sealer = Fixtures.sealer(stranger, algorithm)) {
      envelope = sealer.seal(TOPIC, DEVICE, new byte[10]);
    }
    Rejected rejected = rejected(TOPIC, envelope);
    assertThat(rejected.reason()).isEqualTo(RejectReason.UNKNOWN_KEY);
    assertThat(rejected.detail()).contains(stranger.keyId().toString());
  }

  @Test
  void aDestroyedMasterKeyIsUnknown() {
    MasterKey retired = Fixtures.masterKey(3);
    byte[] envelope;
    try (EnvelopeSealer sealer = Fixtures.sealer(retired, Algorithm.AES_256_GCM)) {
      envelope = sealer.seal(TOPIC, DEVICE, new byte[10]);
    }
    retired.destroy();
    try (EnvelopeOpener fresh = new EnvelopeOpener(MasterKeys.of(retired))) {
      assertThat(((Rejected) fresh.open(TOPIC, envelope)).reason())
          .isEqualTo(RejectReason.UNKNOWN_KEY);
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void everyTruncationIsRejectedAsTruncated(Algorithm algorithm) {
    byte[] envelope = seal(algorithm, DEVICE);
    int minimum = EnvelopeLayout.headerLength(algorithm, DEVICE.length()) + Algorithm.TAG_LENGTH;
    for (int length = 0; length < envelope.length; length++) {
      Rejected rejected = rejected(TOPIC, Arrays.copyOf(envelope, length));
      // below header + tag the parser says so; between that and the full length the tag fails
      assertThat(rejected.reason())
          .as("length %d", length)
          .isEqualTo(
              length < minimum ? RejectReason.TRUNCATED : RejectReason.AUTHENTICATION_FAILED);
    }
    assertThat(rejected(TOPIC, null).reason()).isEqualTo(RejectReason.TRUNCATED);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void versionAndAlgorithmBytesAreChecked(Algorithm algorithm) {
    byte[] envelope = seal(algorithm, DEVICE);
    for (int version : new int[] {0, 2, 255}) {
      byte[] other = envelope.clone();
      other[0] = (byte) version;
      assertThat(rejected(TOPIC, other).reason()).isEqualTo(RejectReason.UNSUPPORTED_VERSION);
    }
    for (int id : new int[] {0, 3, 255}) {
      byte[] other = envelope.clone();
      other[1] = (byte) id;
      assertThat(rejected(TOPIC, other).reason()).isEqualTo(RejectReason.UNKNOWN_ALGORITHM);
    }
    byte[] swapped = envelope.clone();
    swapped[1] = (byte) (algorithm == Algorithm.AES_256_GCM ? 2 : 1);
    assertThat(rejected(TOPIC, swapped).reason())
        .isIn(RejectReason.BAD_NONCE, RejectReason.TRUNCATED, RejectReason.AUTHENTICATION_FAILED);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void aNonceThatIsNotTheSequencesIsRejected(Algorithm algorithm) {
    byte[] envelope = seal(algorithm, DEVICE);
    int nonceAt = 3 + DEVICE.length() + 40;
    for (int i = 0; i < algorithm.nonceLength(); i++) {
      byte[] other = envelope.clone();
      other[nonceAt + i] ^= 0x01;
      assertThat(rejected(TOPIC, other).reason())
          .as("nonce byte %d", i)
          .isEqualTo(RejectReason.BAD_NONCE);
    }
  }

  @Test
  void malformedFieldsAreRejectedBeforeAnyCrypto() {
    byte[] envelope = seal(Algorithm.AES_256_GCM, DEVICE);
    byte[] emptyId = envelope.clone();
    emptyId[2] = 0;
    assertThat(rejected(TOPIC, emptyId).reason()).isEqualTo(RejectReason.MALFORMED);

    byte[] notUtf8 = envelope.clone();
    notUtf8[3] = (byte) 0xC0; // never valid in UTF-8
    assertThat(rejected(TOPIC, notUtf8).reason()).isEqualTo(RejectReason.MALFORMED);

    byte[] negativePeriod = envelope.clone();
    negativePeriod[3 + DEVICE.length() + 16] = (byte) 0x80;
    assertThat(rejected(TOPIC, negativePeriod).reason()).isEqualTo(RejectReason.MALFORMED);

    byte[] hugeIdLength = Arrays.copyOf(envelope, 40);
    hugeIdLength[2] = (byte) 255;
    assertThat(rejected(TOPIC, hugeIdLength).reason()).isEqualTo(RejectReason.TRUNCATED);
  }

  @Test
  void anEnvelopeOverOneMebibyteIsTooLargeWhateverItHolds() {
    byte[] big = new byte[EnvelopeLayout.MAX_ENVELOPE_LENGTH + 1];
    big[0] = 1;
    assertThat(rejected(TOPIC, big).reason()).isEqualTo(RejectReason.TOO_LARGE);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void detailsNeverContainPayloadOrKeyBytes(Algorithm algorithm) {
    byte[] envelope = seal(algorithm, DEVICE);
    Set<RejectReason> seen = EnumSet.noneOf(RejectReason.class);
    for (int i = 0; i < envelope.length; i++) {
      byte[] tampered = envelope.clone();
      tampered[i] ^= (byte) 0x55;
      Rejected rejected = rejected(TOPIC, tampered);
      seen.add(rejected.reason());
      // no hex or decimal dumps of bytes: details are short sentences with ids and counts
      assertThat(rejected.detail()).hasSizeLessThan(200).doesNotContain("[");
    }
    assertThat(seen).contains(RejectReason.AUTHENTICATION_FAILED, RejectReason.BAD_NONCE);
  }
}
