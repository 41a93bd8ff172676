package io.qgate.network.application;

import io.qgate.network.domain.Link;
import io.qgate.network.domain.LinkDesign;
import io.qgate.network.domain.LinkRepository;
import io.qgate.network.domain.Node;
import io.qgate.network.domain.NodeRepository;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyQuestion.LinkUse;
import io.qgate.policy.domain.PolicyScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Creates, redesigns and removes the QKD links between registered nodes. */
@ApplicationScoped
@Transactional
public class LinkService {

  private static final PolicyScope NETWORK = new PolicyScope(Tenant.SHARED, PolicyDomain.NETWORK);

  @Inject NodeRepository nodes;
  @Inject LinkRepository links;
  @Inject PolicyEnforcement policies;

  public Link create(String id, LinkDesign design, String actor) {
    if (links.exists(id)) {
      throw new ConflictException("A link with id '" + id + "' already exists");
    }
    checkEndpoints(design, id);
    checkQberCeiling(id, design, actor);
    Link link = new Link(id, design);
    links.add(link);
    return link;
  }

  public Link redesign(String id, long expectedVersion, LinkDesign design, String actor) {
    Link link = get(id);
    Versions.require(expectedVersion, link.version(), "link", id);
    checkEndpoints(design, id);
    checkQberCeiling(id, design, actor);
    link.redesign(design);
    return link;
  }

  public void remove(String id) {
    links.remove(get(id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Link get(String id) {
    return links.find(id).orElseThrow(() -> new NotFoundException("link", id));
  }

  /**
   * The link, if both its end nodes belong to tenants in {@code scope}.
   *
   * @throws ForbiddenException naming the tenant of an end node outside the scope
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Link get(String id, TenantScope scope) {
    Link link = get(id);
    foreignTenant(link, scope)
        .ifPresent(
            tenant -> {
              throw new ForbiddenException(
                  "link " + id + " joins a node of tenant " + tenant + ", not yours to see");
            });
    return link;
  }

  /** Whether link {@code id} exists and both its end nodes belong to tenants in {@code scope}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean visible(String id, TenantScope scope) {
    return links.find(id).filter(link -> foreignTenant(link, scope).isEmpty()).isPresent();
  }

  /** The tenant of an end node outside {@code scope}, if any. */
  private Optional<Tenant> foreignTenant(Link link, TenantScope scope) {
    return Stream.of(link.endpointA(), link.endpointB())
        .map(nodes::find)
        .flatMap(Optional::stream)
        .map(Node::tenant)
        .filter(tenant -> !scope.includes(tenant))
        .findFirst();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Link> list(String nodeId, TenantScope scope, PageRequest page) {
    return links.list(nodeId, scope, page);
  }

  /** The ids of the links {@link #list} shows for {@code scope}, all of them, ordered by id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> visibleIds(TenantScope scope) {
    return links.ids(scope);
  }

  /**
   * Link use: a link may only go into service with an alarm threshold at or below the network
   * policy's QBER ceiling, or keys would keep flowing at error rates the policy forbids.
   */
  private void checkQberCeiling(String id, LinkDesign design, String actor) {
    policies.enforce(new LinkUse(NETWORK, actor, id, design.qberAlarmThreshold()));
  }

  /** Both ends must be registered nodes, and no other link may already join them. */
  private void checkEndpoints(LinkDesign design, String id) {
    if (!nodes.exists(design.endpointA())) {
      throw new InvalidInputException(
          "endpointA", "No node with id '" + design.endpointA() + "' is registered");
    }
    if (!nodes.exists(design.endpointB())) {
      throw new InvalidInputException(
          "endpointB", "No node with id '" + design.endpointB() + "' is registered");
    }
    links
        .findBetween(design.endpointA(), design.endpointB(), id)
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "Link '" + other.id() + "' already joins these two nodes");
            });
  }
}
