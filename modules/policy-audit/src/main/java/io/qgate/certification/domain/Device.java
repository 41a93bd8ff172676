package io.qgate.certification.domain;

import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.PolicyDomain;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A device that may receive keys, with the certifications that entitle it to them. */
@Entity
@Table(name = "device")
public class Device {

  @Id private String id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Tenant tenant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PolicyDomain domain;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeviceKind kind;

  @Column(nullable = false)
  private String name;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "device_id", nullable = false)
  @OrderBy("validFrom")
  private List<Certification> certifications = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Device() {}

  public Device(String id, Tenant tenant, PolicyDomain domain, DeviceKind kind, String name) {
    this.id = Objects.requireNonNull(id, "id");
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.domain = Objects.requireNonNull(domain, "domain");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public Certification certify(CertificationTerms terms) {
    Certification certification = new Certification(terms);
    certifications.add(certification);
    updatedAt = Instant.now();
    return certification;
  }

  public Certification changeCertificationStatus(
      UUID certificationId, CertificationStatus status, String reason) {
    Certification certification = certification(certificationId);
    certification.changeStatus(status, reason);
    updatedAt = Instant.now();
    return certification;
  }

  public Certification certification(UUID certificationId) {
    return certifications.stream()
        .filter(c -> c.id().equals(certificationId))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException("certification of device " + id, certificationId.toString()));
  }

  public DeviceStanding standing() {
    return new DeviceStanding(
        id, tenant, certifications.stream().map(Certification::facts).toList());
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Tenant tenant() {
    return tenant;
  }

  public PolicyDomain domain() {
    return domain;
  }

  public DeviceKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public List<Certification> certifications() {
    return List.copyOf(certifications);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
