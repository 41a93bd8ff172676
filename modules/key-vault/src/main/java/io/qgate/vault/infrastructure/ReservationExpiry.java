package io.qgate.vault.infrastructure;

import io.qgate.platform.infrastructure.TaskFailures;
import io.qgate.vault.application.KeyLifecycleService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Every {@value #SWEEP_SECONDS} seconds, on every instance, erases the reserved keys whose
 * reservation ({@code QGATE_VAULT_RESERVATION_MINUTES}) ran out before all their slaves fetched
 * them. Instances sweeping at once take disjoint keys (row locks, {@code SKIP LOCKED}); each batch
 * is recorded in the audit trail before it is erased, and a sweep the trail refuses erases nothing
 * and is retried at the next one.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ReservationExpiry {

  static final long SWEEP_SECONDS = 30;

  private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());
  private static final String RUN = "erasing expired reservations";

  private final TaskFailures failures = new TaskFailures(LOG, "Key vault");

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject KeyLifecycleService lifecycle;

  private ScheduledFuture<?> schedule;

  @PostConstruct
  void start() {
    schedule =
        scheduler.scheduleWithFixedDelay(
            this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  private void sweep() {
    try {
      int erased = lifecycle.expireDue();
      if (erased > 0) {
        LOG.info(() -> "Erased " + erased + " reserved keys whose reservation expired");
      }
      failures.succeeded(RUN);
    } catch (RuntimeException e) {
      // Audit trail refusing, not migrated yet, database down, vault shut: try again next sweep.
      failures.failed(RUN, e);
    }
  }
}
