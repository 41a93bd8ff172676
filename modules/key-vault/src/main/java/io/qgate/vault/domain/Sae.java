package io.qgate.vault.domain;

import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.policy.domain.RolesConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A secure application entity (ETSI GS QKD 014): an application that takes keys from the KME of the
 * node it is registered with. Its identity is the subject CN of its client certificate.
 */
@Entity
@Table(name = "vault_sae")
public class Sae {

  /** ETSI leaves SAE ids to the deployment; qgate keeps them printable and URL-safe. */
  public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  @Id
  @Column(name = "sae_id")
  private String id;

  @Column(name = "node_id", nullable = false)
  private String nodeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Tenant tenant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PolicyDomain domain;

  /** The roles it reads telemetry keys under (a policy's decrypt_reader_roles); often none. */
  @Convert(converter = RolesConverter.class)
  @Column(nullable = false)
  private Set<String> roles = Set.of();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Sae() {}

  public Sae(String id, String nodeId, Tenant tenant, PolicyDomain domain) {
    this(id, nodeId, tenant, domain, Set.of());
  }

  public Sae(String id, String nodeId, Tenant tenant, PolicyDomain domain, Set<String> roles) {
    this.id = Objects.requireNonNull(id, "id");
    this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.domain = Objects.requireNonNull(domain, "domain");
    this.roles = Set.copyOf(roles);
    this.createdAt = Instant.now();
  }

  /** The domain an SAE of a node's tenant works in: the tenant's own, SHARED for the network. */
  public static PolicyDomain domainOf(Tenant tenant) {
    return switch (tenant) {
      case UTILITY -> PolicyDomain.GRID;
      case HOSPITAL -> PolicyDomain.HEALTH;
      case PLANT -> PolicyDomain.INDUSTRIAL;
      case SHARED -> PolicyDomain.NETWORK;
    };
  }

  /** Whose policy decides this SAE's key requests. */
  public PolicyScope scope() {
    return new PolicyScope(tenant, domain);
  }

  public String id() {
    return id;
  }

  public String nodeId() {
    return nodeId;
  }

  public Tenant tenant() {
    return tenant;
  }

  public PolicyDomain domain() {
    return domain;
  }

  public Set<String> roles() {
    return Set.copyOf(roles);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
