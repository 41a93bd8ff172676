package io.qgate.network.interfaces.rest;

import io.qgate.network.domain.Node;
import io.qgate.network.domain.NodeRole;
import io.qgate.platform.domain.Tenant;
import java.time.Instant;

/** A node as the API returns it. */
public record NodeView(
    String id,
    long version,
    String name,
    NodeRole role,
    Tenant tenant,
    NodeRequest.LocationDto location,
    Instant createdAt,
    Instant updatedAt) {

  static NodeView of(Node node) {
    var location = node.location();
    return new NodeView(
        node.id(),
        node.version(),
        node.name(),
        node.role(),
        node.tenant(),
        new NodeRequest.LocationDto(location.site(), location.latitude(), location.longitude()),
        node.createdAt(),
        node.updatedAt());
  }
}
