package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.UnavailableException;
import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/** The vault's JDBC helpers; a database failure is a 503 (platform API or ETSI). */
final class Sql {

  private Sql() {}

  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** One statement (or several) in auto-commit. */
  static <T> T run(DataSource dataSource, Work<T> work) {
    return run(dataSource, work, Sql::unavailable);
  }

  /** {@link #run(DataSource, Work)} answering a database failure with {@code unavailable}'s. */
  static <T> T run(
      DataSource dataSource, Work<T> work, Function<SQLException, RuntimeException> unavailable) {
    try (Connection connection = QgateDataSource.connect(dataSource)) {
      return work.run(connection);
    } catch (SQLException e) {
      throw unavailable.apply(e);
    }
  }

  /** One transaction: committed if {@code work} returns, rolled back if it throws. */
  static <T> T transaction(DataSource dataSource, Work<T> work) {
    return transaction(dataSource, work, Sql::unavailable);
  }

  /**
   * {@link #transaction(DataSource, Work)} answering a database failure with {@code unavailable}'s
   * exception (e.g. the ETSI Error object's 503).
   */
  static <T> T transaction(
      DataSource dataSource, Work<T> work, Function<SQLException, RuntimeException> unavailable) {
    try (Connection connection = QgateDataSource.connect(dataSource)) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw unavailable.apply(e);
    }
  }

  static UnavailableException unavailable(SQLException e) {
    return new UnavailableException(
        "link monitoring is unavailable (database: " + e.getSQLState() + "); retry later");
  }

  /** The key vault's own 503 (the platform key API, telemetry master keys). */
  static UnavailableException keysUnavailable(SQLException e) {
    return new UnavailableException(
        "the key vault is unavailable (database: " + e.getSQLState() + "); retry later");
  }

  static Instant instant(ResultSet rows, int column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Array uuids(Connection connection, List<UUID> ids) throws SQLException {
    return connection.createArrayOf("uuid", ids.toArray());
  }

  static Double nullableDouble(ResultSet rows, int column) throws SQLException {
    double value = rows.getDouble(column);
    return rows.wasNull() ? null : value;
  }
}
