package io.qgate.alerts.domain;

import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.access.TenantScope;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The alert store. */
public interface AlertRepository {

  /**
   * Stores {@code alert} unless one with its id is stored already (a redelivered record).
   *
   * @return whether it was new
   */
  boolean storeIfAbsent(StoredAlert alert);

  Optional<StoredAlert> find(UUID alertId);

  /** The alert, locked until the transaction ends: concurrent acknowledgements take turns. */
  Optional<StoredAlert> findForUpdate(UUID alertId);

  /**
   * Writes the changes made to {@code alert} (found by {@link #findForUpdate}) now, so that the
   * database refuses them, if it does, before anything else happens.
   */
  void update(StoredAlert alert);

  /** Matching alerts, newest first (ties by id, so pages do not overlap). */
  Page<StoredAlert> list(AlertFilter filter, PageRequest page);

  /** Open alerts of the tenants in {@code scope} by tenant and severity; zero counts left out. */
  List<AlertSummary.Count> openCounts(TenantScope scope);
}
