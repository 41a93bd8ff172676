package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dec_keys pool's property, given to pgjdbc as Payara gives it, reaches every session. */
class DecKeysDataSourceDatabaseTest {

  private static TestPostgres postgres;
  private static String url;

  @BeforeAll
  static void start() throws SQLException {
    postgres = TestPostgres.start("dec-keys-pool");
    url = postgres.newDatabase();
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @Test
  void sessionsOpenedWithThePoolPropertyPlanGenerically() throws SQLException {
    assertThat(DecKeysDataSource.plansGenerically(DecKeysSessions.generic(postgres, url))).isTrue();
  }

  @Test
  void otherSessionsLetPostgresqlChoose() throws SQLException {
    assertThat(DecKeysDataSource.plansGenerically(postgres.asApp(url))).isFalse();
  }
}
