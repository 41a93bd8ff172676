package io.qgate.telemetry.envelope;

import java.util.Objects;

/**
 * One reading as a gateway hands it to the producer: the device and its payload bytes (a PMU frame,
 * a vital-signs sample). The sealer adds the sequence, key id and epoch; the time is the Kafka
 * record timestamp the producer sets, so the envelope does not carry it.
 */
public record Telemetry(String deviceId, byte[] payload) {

  public Telemetry {
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(payload, "payload");
  }

  @Override
  public String toString() {
    return "Telemetry[device " + deviceId + ", " + payload.length + " bytes]";
  }
}
