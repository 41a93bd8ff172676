package io.qgate.certification.domain;

import io.qgate.platform.domain.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A device as a policy decision needs it: whose it is and its certifications, copied out of the
 * entity so decisions can be cached and made without a transaction.
 */
public record DeviceStanding(
    String deviceId, Tenant tenant, List<CertificationFacts> certifications) {

  public DeviceStanding {
    certifications = List.copyOf(certifications);
  }

  /**
   * Why the device does not satisfy {@code requirement} at {@code now}, or empty if it does. A
   * device with several certifications under the scheme qualifies if any one is in force.
   */
  public Optional<String> shortfall(CertificationRequirement requirement, Instant now) {
    List<CertificationFacts> relevant =
        certifications.stream().filter(c -> c.meets(requirement)).toList();
    if (relevant.stream().anyMatch(c -> c.inForceAt(now))) {
      return Optional.empty();
    }
    if (relevant.isEmpty()) {
      return Optional.of("device " + deviceId + " holds no " + requirement + " certification");
    }
    // Explain the certificate that would count by date (suspended or revoked) before an expired
    // one.
    CertificationFacts best =
        relevant.stream()
            .filter(c -> c.withinValidity(now))
            .reduce((first, second) -> second)
            .orElse(relevant.get(relevant.size() - 1));
    String why =
        switch (best.status()) {
          case REVOKED -> "was revoked";
          case SUSPENDED -> "is suspended";
          case ACTIVE ->
              now.isBefore(best.validFrom())
                  ? "is not valid before " + best.validFrom()
                  : "expired at " + best.validTo();
        };
    return Optional.of("the " + requirement + " certification of device " + deviceId + " " + why);
  }
}
