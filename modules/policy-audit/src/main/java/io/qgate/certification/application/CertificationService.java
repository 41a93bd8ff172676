package io.qgate.certification.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.certification.domain.Certification;
import io.qgate.certification.domain.CertificationStatus;
import io.qgate.certification.domain.CertificationTerms;
import io.qgate.certification.domain.Device;
import io.qgate.certification.domain.DeviceKind;
import io.qgate.certification.domain.DeviceRepository;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.policy.application.CacheInvalidation;
import io.qgate.policy.domain.PolicyDomain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The device certification registry. Every change is audited; a suspension or revocation reaches
 * every instance's decisions within a second (cache epochs), so the device gets no further keys and
 * its existing keys stop being usable for telemetry.
 */
@ApplicationScoped
@Transactional
public class CertificationService {

  @Inject DeviceRepository devices;
  @Inject AuditTrail auditTrail;
  @Inject Event<CacheInvalidation.LocalChange> changes;

  public Device register(
      String id, Tenant tenant, PolicyDomain domain, DeviceKind kind, String name, String actor) {
    if (devices.find(id).isPresent()) {
      throw new ConflictException("A device with id '" + id + "' already exists");
    }
    Device device = new Device(id, tenant, domain, kind, name);
    devices.add(device);
    record(
        device,
        AuditEventType.DEVICE_REGISTERED,
        actor,
        Map.of("kind", kind.name(), "domain", domain.name()));
    return device;
  }

  public Device device(String id) {
    return devices.find(id).orElseThrow(() -> new NotFoundException("device", id));
  }

  /**
   * @throws ForbiddenException if the device's tenant is outside {@code scope}
   */
  public Device device(String id, TenantScope scope) {
    Device device = device(id);
    if (!scope.includes(device.tenant())) {
      throw new ForbiddenException(
          "device " + id + " belongs to tenant " + device.tenant() + ", not yours to see");
    }
    return device;
  }

  public Page<Device> list(TenantScope scope, PageRequest page) {
    return devices.list(scope, page);
  }

  /** Devices of {@code scope} whose active certification runs out within {@code days} from now. */
  public Page<Device> listExpiring(TenantScope scope, int days, PageRequest page) {
    Instant now = Instant.now();
    return devices.listExpiring(scope, now, now.plus(Duration.ofDays(days)), page);
  }

  public Certification certify(String deviceId, CertificationTerms terms, String actor) {
    Device device = device(deviceId);
    Certification certification = device.certify(terms);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("certificationId", certification.id().toString());
    details.put("change", "ADDED");
    details.put("scheme", terms.scheme().name());
    details.put("level", terms.level());
    details.put("issuer", terms.issuer());
    details.put("certificateNumber", terms.certificateNumber());
    details.put("validFrom", terms.validFrom().toString());
    details.put("validTo", terms.validTo().toString());
    record(device, AuditEventType.CERTIFICATION_CHANGED, actor, details);
    return certification;
  }

  public Certification changeStatus(
      String deviceId,
      UUID certificationId,
      CertificationStatus status,
      String reason,
      String actor) {
    Device device = device(deviceId);
    CertificationStatus before = device.certification(certificationId).status();
    Certification certification = device.changeCertificationStatus(certificationId, status, reason);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("certificationId", certificationId.toString());
    details.put("change", "STATUS");
    details.put("from", before.name());
    details.put("to", status.name());
    details.put("reason", reason);
    record(device, AuditEventType.CERTIFICATION_CHANGED, actor, details);
    return certification;
  }

  /** Devices of the tenant with an active certification that ends before {@code by}. */
  public List<Device> expiringBefore(Tenant tenant, Instant by) {
    return devices.withCertificationsExpiringBefore(tenant, by);
  }

  private void record(Device device, AuditEventType type, String actor, Map<String, ?> details) {
    auditTrail.record(
        AuditEvent.now(
            device.tenant().name(),
            type,
            actor,
            "device " + device.id(),
            AuditOutcome.RECORDED,
            details));
    changes.fire(CacheInvalidation.LocalChange.DEVICE);
  }
}
