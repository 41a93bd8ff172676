package io.qgate.platform.domain.telemetry;

import io.qgate.platform.domain.alert.Alert;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

  /**
   * The values of one reading as a person reads them, for the console's live views: names with
   * their units (e.g. {@code frequencyHz}) to numbers or text, in a stable order.
   *
   * @throws MalformedReadingException if the payload is not in the domain's wire format
   */
  Map<String, Object> values(String deviceId, byte[] payload);
}
