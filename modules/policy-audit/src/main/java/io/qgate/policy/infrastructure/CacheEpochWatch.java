package io.qgate.policy.infrastructure;

import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import io.qgate.policy.application.CacheInvalidation.CacheEpochChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls the change counters that database triggers bump on every policy, device or certification
 * change, and tells the decision point to drop what changed. This is how a change made on one
 * instance — or directly in SQL — reaches decisions on every instance within one poll interval.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class CacheEpochWatch {

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject Event<CacheEpochChanged> changed;

  @Inject
  @ConfigProperty(name = "qgate.policy.cache-poll-ms", defaultValue = "500")
  long pollMillis;

  private final Map<String, Long> seen = new HashMap<>();
  private ScheduledFuture<?> schedule;

  @PostConstruct
  void start() {
    schedule =
        scheduler.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    schedule.cancel(false);
  }

  private void poll() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT name, epoch FROM cache_epoch");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        String name = rows.getString(1);
        long epoch = rows.getLong(2);
        Long previous = seen.put(name, epoch);
        if (previous == null || previous != epoch) {
          changed.fire(new CacheEpochChanged(name));
        }
      }
    } catch (SQLException | RuntimeException e) {
      // Not migrated yet, or the database is down: decisions keep their cache until it is back.
      // Entries cached before an outage stay until the next successful poll.
    }
  }
}
