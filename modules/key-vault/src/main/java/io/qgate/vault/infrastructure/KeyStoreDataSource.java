package io.qgate.vault.infrastructure;

import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The key store's own connection pool ({@link JdbcKeyStore}), on the platform's database with the
 * platform pool's settings, whose sessions plan every statement once: {@code plan_cache_mode =
 * force_generic_plan}.
 *
 * <p>Why: the ETSI hot paths run batch statements over arrays of key ids ({@code key_id = ANY
 * (?)}). PostgreSQL re-plans such a statement on every execution, because a custom plan for the
 * array at hand always looks cheaper than the generic one (which assumes ten elements) — 21 % of
 * PostgreSQL's CPU in a dec_keys profile, though the best plan (the primary key) never changes.
 * Other queries of the platform do depend on their values (an audit search over the last hour is an
 * index scan by time only when the planner sees the hour): they stay on {@link QgateDataSource},
 * where PostgreSQL chooses.
 */
@DataSourceDefinition(
    name = KeyStoreDataSource.JNDI_NAME,
    className = QgateDataSource.DRIVER,
    url = QgateDataSource.URL,
    user = QgateDataSource.USER,
    password = QgateDataSource.PASSWORD,
    minPoolSize = 2,
    // The group commits hold one connection per stage (reserve, read sources, deliver); status
    // reads, relayed reservations, deposits and sweeps take one each.
    maxPoolSize = 8,
    properties = {
      QgateDataSource.VALIDATE,
      QgateDataSource.VALIDATE_BY_METADATA,
      QgateDataSource.FAIL_ALL,
      QgateDataSource.NO_MATCHING,
      KeyStoreDataSource.GENERIC_PLANS
    })
@ApplicationScoped
public class KeyStoreDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/qgate-keys";

  /** pgjdbc's {@code options}: run-time parameters for each session it opens. */
  static final String GENERIC_PLANS = "options=-c plan_cache_mode=force_generic_plan";

  /**
   * Whether {@code dataSource}'s sessions plan generically — not when a connection pooler between
   * the platform and PostgreSQL dropped the {@code options} startup parameter.
   */
  static boolean plansGenerically(DataSource dataSource) throws SQLException {
    try (Connection connection = QgateDataSource.connect(dataSource);
        Statement show = connection.createStatement();
        ResultSet mode = show.executeQuery("SHOW plan_cache_mode")) {
      return mode.next() && mode.getString(1).equals("force_generic_plan");
    }
  }
}
