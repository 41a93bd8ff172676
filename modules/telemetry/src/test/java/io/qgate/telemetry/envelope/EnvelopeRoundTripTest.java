package io.qgate.telemetry.envelope;

import static io.qgate.telemetry.envelope.Fixtures.DEVICE;
import static io.qgate.telemetry.envelope.Fixtures.FIRST_SEQUENCE;
import static io.qgate.telemetry.envelope.Fixtures.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.telemetry.keys.Epoch;
import io.qgate.telemetry.keys.MasterKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnvelopeRoundTripTest {

  private final MasterKey masterKey = Fixtures.masterKey(1);

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void opensWhatItSealedWithAllAuthenticatedFields(Algorithm algorithm) {
    byte[] payload = Fixtures.payload(100);
    try (EnvelopeSealer sealer = Fixtures.sealer(masterKey, algorithm);
        EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(masterKey))) {
      byte[] envelope = sealer.seal(TOPIC, DEVICE, payload);

      assertThat(envelope)
          .hasSize(
              EnvelopeLayout.headerLength(algorithm, DEVICE.length())
                  + payload.length
                  + Algorithm.TAG_LENGTH);
      OpenResult result = opener.open(TOPIC, envelope);
      assertThat(result).isInstanceOf(Accepted.class);
      Accepted accepted = (Accepted) result;
      assertThat(accepted.payload()).isEqualTo(payload);
      assertThat(accepted.deviceId()).isEqualTo(DEVICE);
      assertThat(accepted.sequence()).isEqualTo(FIRST_SEQUENCE);
      assertThat(accepted.masterKeyId()).isEqualTo(masterKey.keyId());
      // 2026-11-27T00:30Z is hour 498 816 since 1970
      assertThat(accepted.epoch()).isEqualTo(new Epoch(498_816, 0));
      assertThat(accepted.algorithm()).isEqualTo(algorithm);
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void emptyPayloadLongUnicodeIdAndConsecutiveSequences(Algorithm algorithm) {
    String longId = "é".repeat(127) + "x"; // 255 UTF-8 bytes
    try (EnvelopeSealer sealer = Fixtures.sealer(masterKey, algorithm);
        EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(masterKey))) {
      Accepted first = (Accepted) opener.open(TOPIC, sealer.seal(TOPIC, longId, new byte[0]));
      Accepted second = (Accepted) opener.open(TOPIC, sealer.seal(TOPIC, longId, new byte[] {9}));

      assertThat(first.deviceId()).isEqualTo(longId);
      assertThat(first.payload()).isEmpty();
      assertThat(second.payload()).containsExactly(9);
      assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void ciphertextHidesThePayload(Algorithm algorithm) {
    byte[] payload = new byte[64];
    try (EnvelopeSealer sealer = Fixtures.sealer(masterKey, algorithm)) {
      byte[] envelope = sealer.seal(TOPIC, DEVICE, payload);
      int headerLength = EnvelopeLayout.headerLength(algorithm, DEVICE.length());
      byte[] ciphertext = java.util.Arrays.copyOfRange(envelope, headerLength, headerLength + 64);
      assertThat(ciphertext).isNotEqualTo(payload);
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void refusesDeviceIdsTheLayoutCannotCarry(Algorithm algorithm) {
    try (EnvelopeSealer sealer = Fixtures.sealer(masterKey, algorithm)) {
      assertThatThrownBy(() -> sealer.seal(TOPIC, "", new byte[1]))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sealer.seal(TOPIC, "d".repeat(256), new byte[1]))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> sealer.seal(TOPIC, DEVICE, new byte[EnvelopeLayout.MAX_ENVELOPE_LENGTH]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("0, 0, 0");
    }
  }
}
