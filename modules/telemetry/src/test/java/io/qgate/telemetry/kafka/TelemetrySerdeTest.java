package io.qgate.telemetry.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.telemetry.envelope.Accepted;
import io.qgate.telemetry.envelope.Algorithm;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.Fixtures;
import io.qgate.telemetry.envelope.MasterKeys;
import io.qgate.telemetry.envelope.RejectReason;
import io.qgate.telemetry.envelope.Rejected;
import io.qgate.telemetry.envelope.Telemetry;
import io.qgate.telemetry.keys.MasterKey;
import org.junit.jupiter.api.Test;

class TelemetrySerdeTest {

  private final MasterKey masterKey = Fixtures.masterKey(1);

  @Test
  void serializerSealsForTheRecordsTopicAndDeserializerOpens() {
    try (EnvelopeSealer sealer = Fixtures.sealer(masterKey, Algorithm.AES_256_GCM);
        EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(masterKey));
        TelemetrySerializer serializer = new TelemetrySerializer(sealer);
        TelemetryDeserializer deserializer = new TelemetryDeserializer(opener)) {
      byte[] bytes =
          serializer.serialize(Fixtures.TOPIC, new Telemetry(Fixtures.DEVICE, new byte[] {4, 2}));
      Accepted accepted = (Accepted) deserializer.deserialize(Fixtures.TOPIC, bytes);
      assertThat(accepted.payload()).containsExactly(4, 2);
      assertThat(((Rejected) deserializer.deserialize("other.topic", bytes)).reason())
          .isEqualTo(RejectReason.AUTHENTICATION_FAILED);
      assertThat(((Rejected) deserializer.deserialize(Fixtures.TOPIC, null)).reason())
          .isEqualTo(RejectReason.TRUNCATED);
      assertThat(((Rejected) deserializer.deserialize(Fixtures.TOPIC, new byte[] {7})).reason())
          .isEqualTo(RejectReason.UNSUPPORTED_VERSION);
      assertThat(serializer.serialize(Fixtures.TOPIC, null)).isNull();
    }
  }
}
