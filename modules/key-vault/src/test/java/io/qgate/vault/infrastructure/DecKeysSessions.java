package io.qgate.vault.infrastructure;

import io.qgate.audit.TestPostgres;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Test data sources as the platform's pools open their sessions, as the application role. */
final class DecKeysSessions {

  private DecKeysSessions() {}

  /** As {@link DecKeysDataSource}'s pool: its property handed to pgjdbc as Payara hands it. */
  static DataSource generic(String url) throws SQLException {
    PGSimpleDataSource dataSource = plain(url);
    // Payara gives each "name=value" of @DataSourceDefinition.properties to the driver's data
    // source, split at the first '='.
    String property = DecKeysDataSource.GENERIC_PLANS;
    int equals = property.indexOf('=');
    dataSource.setProperty(property.substring(0, equals), property.substring(equals + 1));
    return dataSource;
  }

  /** As the platform's own pool: PostgreSQL chooses each plan. */
  static PGSimpleDataSource plain(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setUser(TestPostgres.APP_ROLE);
    dataSource.setPassword("x");
    return dataSource;
  }
}
