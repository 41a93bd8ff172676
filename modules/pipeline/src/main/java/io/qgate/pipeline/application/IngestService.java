package io.qgate.pipeline.application;

import io.qgate.certification.domain.Device;
import io.qgate.certification.domain.DeviceRepository;
import io.qgate.pipeline.domain.IngestReceipt;
import io.qgate.pipeline.domain.TelemetryGateways;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.vault.domain.Sae;
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
   * @throws ForbiddenException if {@code deviceId} is not a registered device, is registered in a
   *     domain other than its tenant's, or its policy refuses
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
    requireTenantsOwnDomain(device);
    return gateways.send(device.domain().name(), device.id(), device.kind().name(), payload);
  }

  /**
   * A domain's gateway seals under its tenant's master key: a device the registry files under
   * another tenant's domain (which it accepts, e.g. a plant's meter registered as GRID) would
   * otherwise be read by the wrong tenant's readers.
   */
  private static void requireTenantsOwnDomain(Device device) {
    PolicyDomain gatewayDomain = Sae.domainOf(device.tenant());
    if (device.domain() != gatewayDomain) {
      throw new ForbiddenException(
          "device "
              + device.id()
              + " belongs to tenant "
              + device.tenant()
              + " but is registered in domain "
              + device.domain()
              + "; only a "
              + gatewayDomain
              + " device of that tenant can post readings");
    }
  }

  private Device registered(String deviceId) {
    return devices
        .find(deviceId)
        .orElseThrow(() -> new ForbiddenException("device " + deviceId + " is not registered"));
  }
}
