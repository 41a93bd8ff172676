package io.qgate.vault.infrastructure;

import io.qgate.audit.TestPostgres;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Test sessions as {@link DecKeysDataSource}'s pool opens them, as the application role. */
final class DecKeysSessions {

  private DecKeysSessions() {}

  /** {@link TestPostgres#asApp} with the pool's property handed to pgjdbc as Payara hands it. */
  static DataSource generic(TestPostgres postgres, String url) throws SQLException {
    PGSimpleDataSource dataSource = postgres.asApp(url).unwrap(PGSimpleDataSource.class);
    // Payara gives each "name=value" of @DataSourceDefinition.properties to the driver's data
    // source, split at the first '='.
    String property = DecKeysDataSource.GENERIC_PLANS;
    int equals = property.indexOf('=');
    dataSource.setProperty(property.substring(0, equals), property.substring(equals + 1));
    return dataSource;
  }
}
