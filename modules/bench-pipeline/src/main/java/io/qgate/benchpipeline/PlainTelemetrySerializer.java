package io.qgate.benchpipeline;

import io.qgate.telemetry.envelope.Telemetry;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The plain counterpart of {@link io.qgate.telemetry.kafka.TelemetrySerializer}: the frame bytes as
 * they are. Both modes then build the same {@link Telemetry} objects and the same producer; the
 * serializer is the only difference on the sending side.
 */
final class PlainTelemetrySerializer implements Serializer<Telemetry> {

  @Override
  public byte[] serialize(String topic, Telemetry telemetry) {
    return telemetry == null ? null : telemetry.payload();
  }
}
