package io.qgate.platform.domain.telemetry;

import java.time.Instant;

/**
 * One simulated device of a domain fleet (a PMU, a bedside monitor, a PLC tag group). The edge
 * gateway calls {@link #nextReading} at {@link #readingsPerSecond()}, from one thread at a time per
 * device; the payload it returns is what the gateway encrypts and produces to the fleet's topic.
 */
public interface SimulatedDevice {

  /** The device id, as registered in the device registry (at most 63 characters). */
  String id();

  /** The registry's device kind: PMU, BEDSIDE_MONITOR, PLC, SENSOR, ... */
  String kind();

  /** How often the device reports. */
  double readingsPerSecond();

  /** The payload of the reading taken at {@code time}, in the domain's wire format. */
  byte[] nextReading(Instant time);
}
