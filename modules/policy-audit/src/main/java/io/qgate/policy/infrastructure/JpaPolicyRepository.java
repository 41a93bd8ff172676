package io.qgate.policy.infrastructure;

import io.qgate.policy.domain.PolicyRepository;
import io.qgate.policy.domain.PolicyRevision;
import io.qgate.policy.domain.PolicyScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

// A transaction per call unless the caller has one: periodic tasks have none (LayeringTest).
@ApplicationScoped
@Transactional
public class JpaPolicyRepository implements PolicyRepository {

  private static final String SCOPE = "p.tenant = :tenant and p.domain = :domain";

  @PersistenceContext(unitName = "qgate")
  EntityManager em;

  @Override
  public Optional<PolicyRevision> current(PolicyScope scope) {
    return em.createQuery(
            "select p from PolicyRevision p where " + SCOPE + " order by p.version desc",
            PolicyRevision.class)
        .setParameter("tenant", scope.tenant())
        .setParameter("domain", scope.domain())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PolicyRevision> allCurrent() {
    return em.createQuery(
            "select p from PolicyRevision p where p.version = (select max(q.version) from"
                + " PolicyRevision q where q.tenant = p.tenant and q.domain = p.domain)"
                + " order by p.tenant, p.domain",
            PolicyRevision.class)
        .getResultList();
  }

  @Override
  public List<PolicyRevision> history(PolicyScope scope) {
    return em.createQuery(
            "select p from PolicyRevision p where " + SCOPE + " order by p.version",
            PolicyRevision.class)
        .setParameter("tenant", scope.tenant())
        .setParameter("domain", scope.domain())
        .getResultList();
  }

  @Override
  public Optional<PolicyRevision> revision(PolicyScope scope, int version) {
    return em.createQuery(
            "select p from PolicyRevision p where " + SCOPE + " and p.version = :version",
            PolicyRevision.class)
        .setParameter("tenant", scope.tenant())
        .setParameter("domain", scope.domain())
        .setParameter("version", version)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(PolicyRevision revision) {
    em.persist(revision);
    // Two editors racing to the same version: the unique key fails here, inside the request (409).
    em.flush();
  }
}
