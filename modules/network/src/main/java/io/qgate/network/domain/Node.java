package io.qgate.network.domain;

import io.qgate.platform.domain.Tenant;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A QKD network node: a core KME, an edge gateway or a trusted relay, owned by one tenant. */
@Entity
@Table(name = "network_node")
public class Node {

  @Id private String id;

  @Version private long version;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NodeRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Tenant tenant;

  @Embedded private Location location;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Node() {}

  public Node(String id, String name, NodeRole role, Tenant tenant, Location location) {
    this.id = Objects.requireNonNull(id, "id");
    this.createdAt = Instant.now();
    describe(name, role, tenant, location);
  }

  /** Replaces everything but the identity; the caller has checked the version it read. */
  public void describe(String name, NodeRole role, Tenant tenant, Location location) {
    this.name = Objects.requireNonNull(name, "name");
    this.role = Objects.requireNonNull(role, "role");
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.location = Objects.requireNonNull(location, "location");
    this.updatedAt = Instant.now();
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public NodeRole role() {
    return role;
  }

  public Tenant tenant() {
    return tenant;
  }

  public Location location() {
    return location;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
