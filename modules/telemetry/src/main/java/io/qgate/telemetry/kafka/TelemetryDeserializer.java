package io.qgate.telemetry.kafka;

import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.OpenResult;
import io.qgate.telemetry.envelope.RejectReason;
import io.qgate.telemetry.envelope.Rejected;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Opens envelopes for a plain {@code KafkaConsumer}: every value becomes an {@link OpenResult},
 * {@link io.qgate.telemetry.envelope.Accepted} or {@link Rejected}; bad bytes never throw (a
 * throwing deserializer would stall the partition). It cannot detect replays: that needs the record
 * offset and per-device state, which {@link SecureTelemetryConsumer} has.
 */
public final class TelemetryDeserializer implements Deserializer<OpenResult> {

  private final EnvelopeOpener opener;

  public TelemetryDeserializer(EnvelopeOpener opener) {
    this.opener = opener;
  }

  @Override
  public OpenResult deserialize(String topic, byte[] data) {
    if (data == null) {
      return new Rejected(RejectReason.TRUNCATED, "record has no value");
    }
    return opener.open(topic, data);
  }

  /** The opener stays the caller's to close. */
  @Override
  public void close() {}
}
