package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The key store pool's property, given to pgjdbc as Payara gives it, reaches every session. */
class KeyStoreDataSourceDatabaseTest {

  private static TestPostgres postgres;
  private static String url;

  @BeforeAll
  static void start() throws SQLException {
    postgres = TestPostgres.start("key-store-pool");
    url = postgres.newDatabase();
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @Test
  void sessionsOpenedWithThePoolPropertyPlanGenerically() throws SQLException {
    PGSimpleDataSource keyStore = appDataSource();
    // Payara hands each "name=value" of @DataSourceDefinition.properties to the driver's data
    // source, split at the first '='.
    String property = KeyStoreDataSource.GENERIC_PLANS;
    int equals = property.indexOf('=');
    keyStore.setProperty(property.substring(0, equals), property.substring(equals + 1));

    assertThat(KeyStoreDataSource.plansGenerically(keyStore)).isTrue();
  }

  @Test
  void otherSessionsLetPostgresqlChoose() throws SQLException {
    assertThat(KeyStoreDataSource.plansGenerically(appDataSource())).isFalse();
  }

  private static PGSimpleDataSource appDataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setUser(TestPostgres.APP_ROLE);
    dataSource.setPassword("x");
    return dataSource;
  }
}
