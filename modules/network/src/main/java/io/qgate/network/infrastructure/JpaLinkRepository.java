package io.qgate.network.infrastructure;

import io.qgate.network.domain.Link;
import io.qgate.network.domain.LinkRepository;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.access.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

// A transaction per call unless the caller has one: periodic tasks have none (LayeringTest).
@ApplicationScoped
@Transactional
public class JpaLinkRepository implements LinkRepository {

  private static final String TOUCHING =
      " where (:node is null or l.endpointA = :node or l.endpointB = :node)";

  private static final String IN_SCOPE =
      " and l.endpointA in (select n.id from Node n where n.tenant in :tenants)"
          + " and l.endpointB in (select n.id from Node n where n.tenant in :tenants)";

  @PersistenceContext(unitName = "qgate")
  EntityManager em;

  @Override
  public Optional<Link> find(String id) {
    return Optional.ofNullable(em.find(Link.class, id));
  }

  @Override
  public boolean exists(String id) {
    return find(id).isPresent();
  }

  @Override
  public Optional<Link> findBetween(String nodeA, String nodeB, String exceptId) {
    return em.createQuery(
            "select l from Link l where l.id <> :id and ((l.endpointA = :a and l.endpointB = :b)"
                + " or (l.endpointA = :b and l.endpointB = :a))",
            Link.class)
        .setParameter("id", exceptId)
        .setParameter("a", nodeA)
        .setParameter("b", nodeB)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean anyTouching(String nodeId) {
    return em.createQuery("select count(l) from Link l" + TOUCHING, Long.class)
            .setParameter("node", nodeId)
            .getSingleResult()
        > 0;
  }

  @Override
  public Page<Link> list(String nodeId, TenantScope scope, PageRequest page) {
    long total =
        em.createQuery("select count(l) from Link l" + TOUCHING + IN_SCOPE, Long.class)
            .setParameter("node", nodeId)
            .setParameter("tenants", scope.tenants())
            .getSingleResult();
    var items =
        em.createQuery("select l from Link l" + TOUCHING + IN_SCOPE + " order by l.id", Link.class)
            .setParameter("node", nodeId)
            .setParameter("tenants", scope.tenants())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, page, total);
  }

  @Override
  public List<String> ids(TenantScope scope) {
    return em.createQuery(
            "select l.id from Link l" + TOUCHING + IN_SCOPE + " order by l.id", String.class)
        .setParameter("node", null)
        .setParameter("tenants", scope.tenants())
        .getResultList();
  }

  @Override
  public void add(Link link) {
    em.persist(link);
    // Flush now so that a constraint the database enforces fails inside the request, as a 409.
    em.flush();
  }

  @Override
  public void remove(Link link) {
    em.remove(link);
    em.flush();
  }
}
