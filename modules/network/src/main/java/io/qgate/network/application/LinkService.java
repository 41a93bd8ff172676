package io.qgate.network.application;

import io.qgate.network.domain.Link;
import io.qgate.network.domain.LinkDesign;
import io.qgate.network.domain.LinkRepository;
import io.qgate.network.domain.NodeRepository;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creates, redesigns and removes the QKD links between registered nodes. */
@ApplicationScoped
@Transactional
public class LinkService {

  @Inject NodeRepository nodes;
  @Inject LinkRepository links;

  public Link create(String id, LinkDesign design) {
    if (links.exists(id)) {
      throw new ConflictException("A link with id '" + id + "' already exists");
    }
    checkEndpoints(design, id);
    Link link = new Link(id, design);
    links.add(link);
    return link;
  }

  public Link redesign(String id, long expectedVersion, LinkDesign design) {
    Link link = get(id);
    Versions.require(expectedVersion, link.version(), "link", id);
    checkEndpoints(design, id);
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

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Link> list(String nodeId, PageRequest page) {
    return links.list(nodeId, page);
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
