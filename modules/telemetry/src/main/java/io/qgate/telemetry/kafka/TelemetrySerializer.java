package io.qgate.telemetry.kafka;

import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.Telemetry;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Seals {@link Telemetry} into an envelope for the record's topic, on the gateway's producer. Built
 * with its sealer (pass the instance to the {@code KafkaProducer} constructor), not from configs:
 * the sealer holds master keys, which do not belong in a properties map.
 *
 * <p>Recommended producer settings: {@code enable.idempotence=true}, {@code acks=all}, and the
 * device id as the record key, so that a device's records stay in one partition, in order. Send a
 * device's records from one thread: the sequence is taken here, inside {@code send}.
 */
public final class TelemetrySerializer implements Serializer<Telemetry> {

  private final EnvelopeSealer sealer;

  public TelemetrySerializer(EnvelopeSealer sealer) {
    this.sealer = sealer;
  }

  @Override
  public byte[] serialize(String topic, Telemetry telemetry) {
    return telemetry == null ? null : sealer.seal(topic, telemetry.deviceId(), telemetry.payload());
  }

  /** The sealer stays the caller's to close. */
  @Override
  public void close() {}
}
