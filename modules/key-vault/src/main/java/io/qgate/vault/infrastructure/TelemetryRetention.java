package io.qgate.vault.infrastructure;

import io.qgate.platform.infrastructure.TaskFailures;
import io.qgate.vault.domain.monitoring.LinkMonitorStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@value #SWEEP_MINUTES} minutes, on every instance, deletes link samples older than {@code
 * QGATE_VAULT_TELEMETRY_RETENTION_HOURS} (instances deleting at once delete disjoint rows or none).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class TelemetryRetention {

  static final long SWEEP_MINUTES = 10;

  private static final Logger LOG = Logger.getLogger(TelemetryRetention.class.getName());
  private static final String RUN = "deleting old samples";

  private final TaskFailures failures = new TaskFailures(LOG, "Link telemetry");

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject LinkMonitorStore store;

  @Inject
  @ConfigProperty(name = "qgate.vault.telemetry-retention-hours", defaultValue = "24")
  long retentionHours;

  private ScheduledFuture<?> schedule;

  @PostConstruct
  void start() {
    if (retentionHours < 1) {
      LOG.severe(
          "QGATE_VAULT_TELEMETRY_RETENTION_HOURS must be at least 1, was "
              + retentionHours
              + "; using the default 24");
      retentionHours = 24;
    }
    schedule =
        scheduler.scheduleWithFixedDelay(this::sweep, 1, SWEEP_MINUTES * 60, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  private void sweep() {
    try {
      long deleted = store.purge(Instant.now().minus(Duration.ofHours(retentionHours)));
      if (deleted > 0) {
        LOG.fine(() -> "Deleted " + deleted + " link samples older than " + retentionHours + " h");
      }
      failures.succeeded(RUN);
    } catch (RuntimeException e) {
      // Not migrated yet, database down: try again at the next sweep.
      failures.failed(RUN, e);
    }
  }
}
