package io.qgate.network.infrastructure;

import io.qgate.network.domain.Node;
import io.qgate.network.domain.NodeRepository;
import io.qgate.network.domain.NodeRole;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.access.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

// A transaction per call unless the caller has one: periodic tasks have none (LayeringTest).
@ApplicationScoped
@Transactional
public class JpaNodeRepository implements NodeRepository {

  private static final String FILTER =
      " where n.tenant in :tenants and (:role is null or n.role = :role)";

  @PersistenceContext(unitName = "qgate")
  EntityManager em;

  @Override
  public Optional<Node> find(String id) {
    return Optional.ofNullable(em.find(Node.class, id));
  }

  @Override
  public boolean exists(String id) {
    return find(id).isPresent();
  }

  @Override
  public boolean nameTaken(String name, String exceptId) {
    return em.createQuery(
                "select count(n) from Node n where lower(n.name) = lower(:name) and n.id <> :id",
                Long.class)
            .setParameter("name", name)
            .setParameter("id", exceptId)
            .getSingleResult()
        > 0;
  }

  @Override
  public Page<Node> list(TenantScope scope, NodeRole role, PageRequest page) {
    long total =
        em.createQuery("select count(n) from Node n" + FILTER, Long.class)
            .setParameter("tenants", scope.tenants())
            .setParameter("role", role)
            .getSingleResult();
    var items =
        em.createQuery("select n from Node n" + FILTER + " order by n.id", Node.class)
            .setParameter("tenants", scope.tenants())
            .setParameter("role", role)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, page, total);
  }

  @Override
  public void add(Node node) {
    em.persist(node);
    // Flush now so that a constraint the database enforces fails inside the request, as a 409.
    em.flush();
  }

  @Override
  public void remove(Node node) {
    em.remove(node);
    em.flush();
  }
}
