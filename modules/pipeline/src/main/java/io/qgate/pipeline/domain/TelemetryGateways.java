package io.qgate.pipeline.domain;

/** The edge gateways of this platform instance, one per domain, as device ingest uses them. */
public interface TelemetryGateways {

  /**
   * Seals one reading of a registered device through its domain's gateway and sends it; returns
   * once Kafka has acknowledged it (acks=all).
   *
   * @throws io.qgate.platform.domain.ForbiddenException if the policy refuses the device's
   *     encryption (certification, algorithm)
   * @throws io.qgate.platform.domain.UnavailableException if the gateway has no master key yet or
   *     Kafka does not acknowledge in time
   */
  IngestReceipt send(String domain, String deviceId, String kind, byte[] payload);
}
