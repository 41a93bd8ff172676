package io.qgate.network.domain;

import io.qgate.platform.domain.InvalidInputException;
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

/**
 * A QKD link between two nodes. It refers to its nodes by id, as one aggregate refers to another;
 * the service checks that both exist and the database's foreign keys keep it so.
 */
@Entity
@Table(name = "network_link")
public class Link {

  @Id private String id;

  @Version private long version;

  @Column(name = "endpoint_a", nullable = false)
  private String endpointA;

  @Column(name = "endpoint_b", nullable = false)
  private String endpointB;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QkdProtocol protocol;

  @Embedded private Channel channel;

  @Embedded private LinkComponents components;

  @Column(name = "qber_alarm_threshold", nullable = false)
  private double qberAlarmThreshold;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Link() {}

  public Link(String id, LinkDesign design) {
    this.id = Objects.requireNonNull(id, "id");
    this.createdAt = Instant.now();
    redesign(design);
  }

  /** Replaces everything but the identity; the caller has checked the version it read. */
  public void redesign(LinkDesign design) {
    if (design.endpointA().equals(design.endpointB())) {
      throw new InvalidInputException("endpointB", "must differ from endpointA");
    }
    this.endpointA = design.endpointA();
    this.endpointB = design.endpointB();
    this.protocol = design.protocol();
    this.channel = design.channel();
    this.components = design.components();
    this.qberAlarmThreshold = design.qberAlarmThreshold();
    this.updatedAt = Instant.now();
  }

  /** True when the link has the given node at either end. */
  public boolean touches(String nodeId) {
    return endpointA.equals(nodeId) || endpointB.equals(nodeId);
  }

  /** True when the measured QBER should raise the link's alarm. */
  public boolean qberAlarms(double measuredQber) {
    return measuredQber > qberAlarmThreshold;
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String endpointA() {
    return endpointA;
  }

  public String endpointB() {
    return endpointB;
  }

  public QkdProtocol protocol() {
    return protocol;
  }

  public Channel channel() {
    return channel;
  }

  public LinkComponents components() {
    return components;
  }

  public double qberAlarmThreshold() {
    return qberAlarmThreshold;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
