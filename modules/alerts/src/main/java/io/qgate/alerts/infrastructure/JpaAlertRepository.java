package io.qgate.alerts.infrastructure;

import io.qgate.alerts.domain.AlertFilter;
import io.qgate.alerts.domain.AlertRepository;
import io.qgate.alerts.domain.AlertSeverity;
import io.qgate.alerts.domain.AlertState;
import io.qgate.alerts.domain.AlertSummary;
import io.qgate.alerts.domain.StoredAlert;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The alert store in table {@code alert} (db/migration/V10). Stores with {@code INSERT ... ON
 * CONFLICT DO NOTHING}, so a record Kafka delivers twice is stored once, also by two instances at
 * the same moment. Every list is filtered by tenant in the query, so pages and totals are exact.
 */
// A transaction per call unless the caller has one: periodic tasks have none (LayeringTest).
@ApplicationScoped
@Transactional
public class JpaAlertRepository implements AlertRepository {

  private static final String INSERT =
      "INSERT INTO alert (alert_id, type, severity, tenant, source_kind, source_id, raised_at,"
          + " message, details, state) VALUES (:alertId, :type, :severity, :tenant, :sourceKind,"
          + " :sourceId, :raisedAt, :message, CAST(:details AS jsonb), 'OPEN')"
          + " ON CONFLICT (alert_id) DO NOTHING";

  @PersistenceContext(unitName = "qgate")
  EntityManager em;

  public JpaAlertRepository() {}

  /** Outside the server (tests): over an entity manager the caller manages. */
  public JpaAlertRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public boolean storeIfAbsent(StoredAlert alert) {
    return em.createNativeQuery(INSERT)
            .setParameter("alertId", alert.alertId())
            .setParameter("type", alert.type())
            .setParameter("severity", alert.severity().name())
            .setParameter("tenant", alert.tenant().name())
            .setParameter("sourceKind", alert.sourceKind().name())
            .setParameter("sourceId", alert.sourceId())
            .setParameter("raisedAt", alert.raisedAt())
            .setParameter("message", alert.message())
            .setParameter("details", alert.details())
            .executeUpdate()
        == 1;
  }

  @Override
  public Optional<StoredAlert> find(UUID alertId) {
    return Optional.ofNullable(em.find(StoredAlert.class, alertId));
  }

  @Override
  public Optional<StoredAlert> findForUpdate(UUID alertId) {
    return Optional.ofNullable(em.find(StoredAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void update(StoredAlert alert) {
    // Managed since findForUpdate: flushing writes the acknowledgement columns, all it may change.
    em.flush();
  }

  @Override
  public Page<StoredAlert> list(AlertFilter filter, PageRequest page) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    TypedQuery<Long> count =
        em.createQuery("select count(a) from StoredAlert a" + where, Long.class);
    TypedQuery<StoredAlert> items =
        em.createQuery(
            "select a from StoredAlert a" + where + " order by a.raisedAt desc, a.alertId",
            StoredAlert.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          items.setParameter(name, value);
        });
    long total = count.getSingleResult();
    List<StoredAlert> found =
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return Page.of(found, page, total);
  }

  @Override
  public List<AlertSummary.Count> openCounts(TenantScope scope) {
    return em
        .createQuery(
            "select a.tenant, a.severity, count(a) from StoredAlert a"
                + " where a.tenant in :tenants and a.state = :open"
                + " group by a.tenant, a.severity",
            Object[].class)
        .setParameter("tenants", scope.tenants())
        .setParameter("open", AlertState.OPEN)
        .getResultList()
        .stream()
        .map(
            row ->
                new AlertSummary.Count(
                    (Tenant) row[0], (AlertSeverity) row[1], ((Number) row[2]).longValue()))
        .toList();
  }

  /** The where clause of {@code filter}: only the criteria it has, each a bound parameter. */
  private static String where(AlertFilter filter, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" where a.tenant in :tenants");
    parameters.put("tenants", filter.scope().tenants());
    if (filter.state() != null) {
      where.append(" and a.state = :state");
      parameters.put("state", filter.state());
    }
    if (filter.severity() != null) {
      where.append(" and a.severity = :severity");
      parameters.put("severity", filter.severity());
    }
    if (filter.sourceKind() != null) {
      where.append(" and a.sourceKind = :sourceKind");
      parameters.put("sourceKind", filter.sourceKind());
    }
    if (filter.sourceId() != null) {
      where.append(" and a.sourceId = :sourceId");
      parameters.put("sourceId", filter.sourceId());
    }
    if (filter.from() != null) {
      where.append(" and a.raisedAt >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" and a.raisedAt < :to");
      parameters.put("to", filter.to());
    }
    return where.toString();
  }
}
