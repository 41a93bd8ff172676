package io.qgate.pipeline.application;

import io.qgate.certification.domain.Device;
import io.qgate.certification.domain.DeviceRepository;
import io.qgate.pipeline.domain.IngestReceipt;
import io.qgate.pipeline.domain.TelemetryGateways;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Readings devices post over HTTP: the device (named by its client certificate) must be registered;
 * its domain's gateway seals and sends the payload as it is — the gateway does not read it, the
 * domain consumers check it.
 */
@ApplicationScoped
public class IngestService {

  /** The largest reading accepted, in bytes (a FHIR Bundle of vitals is ~2 KiB). */
  public static final int MAX_READING_BYTES = 64 * 1024;

  @Inject DeviceRepository devices;
  @Inject TelemetryGateways gateways;

  /**
   * @throws ForbiddenException if {@code deviceId} is not a registered device, or its policy
   *     refuses
   * @throws InvalidInputException if the reading is empty or larger than {@value
   *     #MAX_READING_BYTES} bytes
   */
  public IngestReceipt ingest(String deviceId, byte[] payload) {
    if (payload == null || payload.length == 0 || payload.length > MAX_READING_BYTES) {
      throw new InvalidInputException(
          "body",
          "a reading has 1 to "
              + MAX_READING_BYTES
              + " bytes, this one "
              + (payload == null ? 0 : payload.length));
    }
    Device device = registered(deviceId);
    return gateways.send(device.domain().name(), device.id(), device.kind().name(), payload);
  }

  private Device registered(String deviceId) {
    return devices
        .find(deviceId)
        .orElseThrow(() -> new ForbiddenException("device " + deviceId + " is not registered"));
  }
}
