package io.qgate.platform.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The platform's database connection pool. Payara resolves {@code ${MPCONFIG=...}} when it deploys
 * the application, so the environment (QGATE_DB_URL, QGATE_DB_USER, QGATE_DB_PASSWORD) chooses the
 * database without rebuilding. It survives a database restart: broken connections are noticed and
 * replaced (EtsiIT stops PostgreSQL under load to prove it). The key vault's dec_keys has a pool of
 * its own on the same database, defined with these constants.
 */
@DataSourceDefinition(
    name = QgateDataSource.JNDI_NAME,
    className = QgateDataSource.DRIVER,
    url = QgateDataSource.URL,
    user = QgateDataSource.USER,
    password = QgateDataSource.PASSWORD,
    minPoolSize = 2,
    // More connections than a few per core only add contention: 64 ETSI clients on 2 cores served
    // ~1,400 enc_keys/s with 12 (or 6) and ~900 with 16 or 32 (docs/benchmarks.md).
    maxPoolSize = 12,
    properties = {
      QgateDataSource.VALIDATE,
      QgateDataSource.VALIDATE_BY_METADATA,
      QgateDataSource.FAIL_ALL,
      QgateDataSource.NO_MATCHING
    })
@ApplicationScoped
public class QgateDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/qgate";

  public static final String DRIVER = "org.postgresql.ds.PGSimpleDataSource";
  public static final String URL = "${MPCONFIG=qgate.db.url}";
  public static final String USER = "${MPCONFIG=qgate.db.user}";
  public static final String PASSWORD = "${MPCONFIG=qgate.db.password}";

  // After a database restart the pool would otherwise hand out closed connections forever: check
  // each connection before use (pgjdbc answers locally for an open one) and, when one is dead, drop
  // them all.
  public static final String VALIDATE = "fish.payara.is-connection-validation-required=true";
  public static final String VALIDATE_BY_METADATA =
      "fish.payara.connection-validation-method=meta-data";
  public static final String FAIL_ALL = "fish.payara.fail-all-connections=true";

  // Every connection has the same credentials, so there is nothing to match a request against:
  // Payara matches by default on pools defined by annotation (a comparison of the whole data-source
  // spec per request, ~2.5 % of an ETSI dec_keys request's CPU).
  public static final String NO_MATCHING = "fish.payara.match-connections=false";

  /**
   * A connection from {@code dataSource}. While the database is going away, Payara's pool can throw
   * {@link IllegalStateException} ("Task already scheduled or cancelled") as it fails all its
   * connections; it is reported as the {@link SQLException} it stands for, so callers that answer
   * "unavailable" for a database error do so for this too.
   */
  public static Connection connect(DataSource dataSource) throws SQLException {
    try {
      return dataSource.getConnection();
    } catch (IllegalStateException e) {
      throw new SQLException("the connection pool failed: " + e.getMessage(), "08006", e);
    }
  }
}
