package io.qgate.network.domain;

import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.access.TenantScope;
import java.util.List;
import java.util.Optional;

/** The links of the QKD network. */
public interface LinkRepository {

  Optional<Link> find(String id);

  boolean exists(String id);

  /** A link other than {@code exceptId} joining the same two nodes, in either direction. */
  Optional<Link> findBetween(String nodeA, String nodeB, String exceptId);

  boolean anyTouching(String nodeId);

  /**
   * Links ordered by id whose two end nodes belong to tenants in {@code scope}, optionally only
   * those with the given node at either end.
   */
  Page<Link> list(String nodeId, TenantScope scope, PageRequest page);

  /** The ids of every link {@link #list} shows for {@code scope}, in the same order, unpaged. */
  List<String> ids(TenantScope scope);

  void add(Link link);

  void remove(Link link);
}
