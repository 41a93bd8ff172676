package io.qgate.platform.infrastructure.health;

import io.qgate.platform.infrastructure.persistence.DatabaseMigration;
import io.qgate.platform.infrastructure.persistence.MigrationState;
import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when PostgreSQL answers and the schema migrations have been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      response.withData("reachable", connection.isValid(VALIDATION_TIMEOUT_SECONDS));
    } catch (SQLException e) {
      return response.down().withData("reachable", false).withData("error", e.getMessage()).build();
    }
    MigrationState state = migration.state();
    if (!state.applied()) {
      return response.down().withData("migrations", "pending: " + state.problem()).build();
    }
    return response.up().withData("schemaVersion", state.schemaVersion()).build();
  }
}
