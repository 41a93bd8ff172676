package io.qgate.certification.infrastructure;

import io.qgate.certification.domain.CertificationStatus;
import io.qgate.certification.domain.Device;
import io.qgate.certification.domain.DeviceRepository;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

// A transaction per call unless the caller has one: periodic tasks have none (LayeringTest).
@ApplicationScoped
@Transactional
public class JpaDeviceRepository implements DeviceRepository {

  private static final String FILTER = " where d.tenant in :tenants";

  @PersistenceContext(unitName = "qgate")
  EntityManager em;

  @Override
  public Optional<Device> find(String id) {
    return Optional.ofNullable(em.find(Device.class, id));
  }

  @Override
  public void add(Device device) {
    em.persist(device);
    em.flush();
  }

  @Override
  public Page<Device> list(TenantScope scope, PageRequest page) {
    long total =
        em.createQuery("select count(d) from Device d" + FILTER, Long.class)
            .setParameter("tenants", scope.tenants())
            .getSingleResult();
    List<Device> items =
        em.createQuery("select d from Device d" + FILTER + " order by d.id", Device.class)
            .setParameter("tenants", scope.tenants())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, page, total);
  }

  @Override
  public Page<Device> listExpiring(TenantScope scope, Instant from, Instant by, PageRequest page) {
    String expiring =
        FILTER
            + " and exists (select c from Certification c where c member of d.certifications"
            + " and c.status = :active and c.validTo >= :from and c.validTo < :by)";
    long total =
        expiringQuery(
                em.createQuery("select count(d) from Device d" + expiring, Long.class),
                scope,
                from,
                by)
            .getSingleResult();
    List<Device> items =
        expiringQuery(
                em.createQuery(
                    "select d from Device d" + expiring + " order by d.id", Device.class),
                scope,
                from,
                by)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, page, total);
  }

  private static <T> TypedQuery<T> expiringQuery(
      TypedQuery<T> query, TenantScope scope, Instant from, Instant by) {
    return query
        .setParameter("tenants", scope.tenants())
        .setParameter("active", CertificationStatus.ACTIVE)
        .setParameter("from", from)
        .setParameter("by", by);
  }

  @Override
  public List<Device> withCertificationsExpiringBefore(Tenant tenant, Instant by) {
    return em.createQuery(
            "select distinct d from Device d join d.certifications c where d.tenant = :tenant"
                + " and c.status = :active and c.validTo < :by order by d.id",
            Device.class)
        .setParameter("tenant", tenant)
        .setParameter("active", CertificationStatus.ACTIVE)
        .setParameter("by", by)
        .getResultList();
  }
}
