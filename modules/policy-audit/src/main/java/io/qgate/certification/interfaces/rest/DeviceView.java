package io.qgate.certification.interfaces.rest;

import io.qgate.certification.domain.Certification;
import io.qgate.certification.domain.Device;
import java.time.Instant;
import java.util.List;

/** A device and its certifications as clients read them. */
public record DeviceView(
    String id,
    long version,
    String tenant,
    String domain,
    String kind,
    String name,
    Instant createdAt,
    List<CertificationView> certifications) {

  /** One certification; {@code inForce} says whether it counts right now. */
  public record CertificationView(
      String id,
      String scheme,
      int level,
      String issuer,
      String certificateNumber,
      Instant validFrom,
      Instant validTo,
      String status,
      String statusReason,
      Instant statusChangedAt,
      boolean inForce) {

    static CertificationView of(Certification c) {
      var facts = c.facts();
      return new CertificationView(
          c.id().toString(),
          facts.scheme().name(),
          facts.level(),
          facts.issuer(),
          c.certificateNumber(),
          facts.validFrom(),
          facts.validTo(),
          facts.status().name(),
          c.statusReason(),
          c.statusChangedAt(),
          facts.inForceAt(Instant.now()));
    }
  }

  static DeviceView of(Device device) {
    return new DeviceView(
        device.id(),
        device.version(),
        device.tenant().name(),
        device.domain().name(),
        device.kind().name(),
        device.name(),
        device.createdAt(),
        device.certifications().stream().map(CertificationView::of).toList());
  }
}
