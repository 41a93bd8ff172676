package io.qgate.platform.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations of {@code db/} at startup. A database that is not reachable yet
 * does not fail the deployment: the migration retries until it succeeds and readiness stays DOWN
 * meanwhile, which is what an orchestrator starting the database alongside expects.
 */
@Startup
@Singleton
// Flyway commits its own transactions; a container transaction around it would forbid that.
@TransactionManagement(TransactionManagementType.BEAN)
// The readiness check reads the state while a migration may run: it must never wait for it.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
  private static final long RETRY_SECONDS = 5;

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "qgate.seed-demo", defaultValue = "true")
  private boolean seedDemo;

  @Inject
  @ConfigProperty(name = "qgate.db.url")
  private String url;

  /** The role the platform connects as; migrations grant it what it may do and no more. */
  @Inject
  @ConfigProperty(name = "qgate.db.user")
  private String applicationRole;

  /** The schema owner that runs migrations; defaults to the application role. */
  @Inject
  @ConfigProperty(name = "qgate.db.migration-user")
  private Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "qgate.db.migration-password")
  private Optional<String> migrationPassword;

  private volatile MigrationState state = MigrationState.pending("not started");
  private ScheduledFuture<?> retry;

  @PostConstruct
  void start() {
    migrate();
  }

  @PreDestroy
  void stop() {
    if (retry != null) {
      retry.cancel(false);
    }
  }

  /** The outcome of the latest attempt, for the readiness check. */
  public MigrationState state() {
    return state;
  }

  private void migrate() {
    try {
      Flyway flyway = flyway();
      MigrateResult result = flyway.migrate();
      // targetSchemaVersion is null when nothing was pending; the current version is the truth.
      Optional<String> version =
          Optional.ofNullable(flyway.info().current()).map(m -> m.getVersion().getVersion());
      state = MigrationState.applied(version);
      LOG.info(
          () ->
              "Database schema at version "
                  + version.orElse("none")
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    } catch (RuntimeException e) {
      state = MigrationState.pending(e.getMessage());
      LOG.log(
          Level.WARNING,
          "Database migration failed, retrying in " + RETRY_SECONDS + " s: " + e.getMessage());
      retry = scheduler.schedule(this::migrate, RETRY_SECONDS, TimeUnit.SECONDS);
    }
  }

  private Flyway flyway() {
    var configuration = Flyway.configure(getClass().getClassLoader());
    if (migrationUser.filter(u -> !u.isBlank()).isPresent()) {
      configuration.dataSource(url, migrationUser.get(), migrationPassword.orElse(""));
    } else {
      configuration.dataSource(dataSource);
    }
    return configuration
        .locations("classpath:db/migration")
        .placeholders(Map.of("seedDemo", Boolean.toString(seedDemo), "appRole", applicationRole))
        .connectRetries(0)
        .load();
  }
}
