package io.qgate.network.domain;

import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.access.TenantScope;
import java.util.Optional;

/** The nodes of the QKD network. */
public interface NodeRepository {

  Optional<Node> find(String id);

  boolean exists(String id);

  /** Whether another node than {@code exceptId} already has this name, ignoring case. */
  boolean nameTaken(String name, String exceptId);

  /** Nodes ordered by id, of the tenants in {@code scope}, optionally of one role. */
  Page<Node> list(TenantScope scope, NodeRole role, PageRequest page);

  void add(Node node);

  void remove(Node node);
}
