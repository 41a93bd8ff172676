package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.SaeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

// A transaction per call unless the caller has one: periodic tasks have none (LayeringTest).
@ApplicationScoped
@Transactional
public class JpaSaeRepository implements SaeRepository {

  @PersistenceContext(unitName = "qgate")
  EntityManager em;

  @Override
  public Optional<Sae> find(String saeId) {
    return Optional.ofNullable(em.find(Sae.class, saeId));
  }

  @Override
  public List<Sae> all() {
    return em.createQuery("select s from Sae s order by s.id", Sae.class).getResultList();
  }

  @Override
  public void add(Sae sae) {
    em.persist(sae);
    em.flush();
  }
}
