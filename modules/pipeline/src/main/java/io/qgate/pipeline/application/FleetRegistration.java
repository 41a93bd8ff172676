package io.qgate.pipeline.application;

import io.qgate.certification.application.CertificationService;
import io.qgate.certification.domain.CertificationRequirement;
import io.qgate.certification.domain.CertificationTerms;
import io.qgate.certification.domain.DeviceKind;
import io.qgate.certification.domain.DeviceRepository;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.telemetry.SimulatedDevice;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import io.qgate.policy.application.PolicyDecisionPoint;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyRules;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.policy.domain.PolicySnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Puts a simulated fleet's devices in the device registry, each with the certification its domain's
 * policy asks for (a demo certificate from "qgate demo lab", valid a year), so the policy lets the
 * gateway encrypt their telemetry. Devices already registered are left as they are: an operator who
 * suspended one keeps it suspended. Registration and certification are audited as any other.
 */
@ApplicationScoped
public class FleetRegistration {

  static final String ACTOR = "edge-gateway";
  static final String DEMO_ISSUER = "qgate demo lab";

  @Inject DeviceRepository devices;
  @Inject CertificationService certifications;
  @Inject PolicyDecisionPoint decisionPoint;

  /** Registers the devices of {@code fleet} not registered yet; returns how many it registered. */
  public int register(SimulatedFleet fleet) {
    PolicyScope scope = new PolicyScope(fleet.tenant(), PolicyDomain.valueOf(fleet.domain()));
    Optional<CertificationRequirement> required =
        decisionPoint
            .policy(scope)
            .map(PolicySnapshot::rules)
            .flatMap(PolicyRules::requiredCertification);
    int registered = 0;
    for (SimulatedDevice device : fleet.devices()) {
      if (devices.find(device.id()).isPresent()) {
        continue;
      }
      try {
        certifications.register(
            device.id(),
            fleet.tenant(),
            scope.domain(),
            DeviceKind.valueOf(device.kind()),
            device.kind() + " " + device.id(),
            ACTOR);
      } catch (ConflictException anotherInstanceWasFaster) {
        continue;
      }
      required.ifPresent(requirement -> certify(device.id(), requirement));
      registered++;
    }
    return registered;
  }

  private void certify(String deviceId, CertificationRequirement requirement) {
    Instant now = Instant.now();
    certifications.certify(
        deviceId,
        new CertificationTerms(
            requirement.scheme(),
            requirement.level(),
            DEMO_ISSUER,
            "DEMO-" + deviceId,
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(365))),
        ACTOR);
  }
}
