package io.qgate.network.application;

import io.qgate.network.domain.LinkRepository;
import io.qgate.network.domain.Location;
import io.qgate.network.domain.Node;
import io.qgate.network.domain.NodeRepository;
import io.qgate.network.domain.NodeRole;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Registers, describes and retires the nodes of the QKD network. */
@ApplicationScoped
@Transactional
public class NodeService {

  @Inject NodeRepository nodes;
  @Inject LinkRepository links;

  public Node register(String id, String name, NodeRole role, Tenant tenant, Location location) {
    if (nodes.exists(id)) {
      throw new ConflictException("A node with id '" + id + "' already exists");
    }
    requireNameFree(name, id);
    Node node = new Node(id, name, role, tenant, location);
    nodes.add(node);
    return node;
  }

  public Node describe(
      String id,
      long expectedVersion,
      String name,
      NodeRole role,
      Tenant tenant,
      Location location) {
    Node node = get(id);
    Versions.require(expectedVersion, node.version(), "node", id);
    requireNameFree(name, id);
    node.describe(name, role, tenant, location);
    return node;
  }

  public void retire(String id) {
    Node node = get(id);
    if (links.anyTouching(id)) {
      throw new ConflictException("Node '" + id + "' still has links; remove them first");
    }
    nodes.remove(node);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Node get(String id) {
    return nodes.find(id).orElseThrow(() -> new NotFoundException("node", id));
  }

  /**
   * @throws ForbiddenException if the node's tenant is outside {@code scope}
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Node get(String id, TenantScope scope) {
    Node node = get(id);
    if (!scope.includes(node.tenant())) {
      throw new ForbiddenException(
          "node " + id + " belongs to tenant " + node.tenant() + ", not yours to see");
    }
    return node;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Node> list(TenantScope scope, NodeRole role, PageRequest page) {
    return nodes.list(scope, role, page);
  }

  private void requireNameFree(String name, String id) {
    if (nodes.nameTaken(name, id)) {
      throw new ConflictException("Another node is already named '" + name + "'");
    }
  }
}
