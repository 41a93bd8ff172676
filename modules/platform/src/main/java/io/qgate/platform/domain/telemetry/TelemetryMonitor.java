package io.qgate.platform.domain.telemetry;

import io.qgate.platform.domain.alert.Alert;
import java.time.Instant;
import java.util.List;

/**
 * A domain's consumer logic: a decrypted reading in, the alerts it raises out (often none). One
 * instance per consuming thread; it may keep per-device state (ROCOF needs the previous frame).
 */
public interface TelemetryMonitor {

  /** The Kafka topic it reads. */
  String topic();

  /**
   * Checks one reading of {@code deviceId}.
   *
   * @param time the time the gateway stamped on the record
   * @throws MalformedReadingException if the payload is not in the domain's wire format
   */
  List<Alert> inspect(String deviceId, Instant time, byte[] payload);
}
