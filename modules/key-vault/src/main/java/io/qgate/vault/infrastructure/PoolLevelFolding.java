package io.qgate.vault.infrastructure;

import io.qgate.platform.infrastructure.TaskFailures;
import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every second, on every instance, folds the pool changes the block triggers recorded into the
 * pools' levels ({@link PoolLevels}); whichever instance gets the lock first does it, the others
 * skip that second. Without it the changes would only grow, and each level read sum more of them.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PoolLevelFolding {

  static final long FOLD_MILLIS = 1_000;

  private static final Logger LOG = Logger.getLogger(PoolLevelFolding.class.getName());
  private static final String RUN = "folding pool changes";

  private final TaskFailures failures = new TaskFailures(LOG, "Key pools");

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> schedule;

  @PostConstruct
  void start() {
    schedule =
        scheduler.scheduleWithFixedDelay(
            this::fold, FOLD_MILLIS, FOLD_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  private void fold() {
    try (Connection connection = QgateDataSource.connect(dataSource)) {
      PoolLevels.fold(connection);
      failures.succeeded(RUN);
    } catch (SQLException | RuntimeException e) {
      // Not migrated yet, database down: the changes wait for the next second.
      failures.failed(RUN, e);
    }
  }
}
