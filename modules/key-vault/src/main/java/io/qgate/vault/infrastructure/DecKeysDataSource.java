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
 * dec_keys' own connection pool, on the platform's database with the platform pool's credentials,
 * whose sessions plan each statement once: {@code plan_cache_mode = force_generic_plan}. {@link
 * JdbcKeyStore} runs dec_keys' two group commits on it (the keys' sources for the policy decision,
 * then the delivery) and everything else on {@link QgateDataSource}.
 *
 * <p>Why: those statements lock, read and update by primary key over arrays of key ids ({@code
 * key_id = ANY (?)}). PostgreSQL re-planned each of them on every execution, because a custom plan
 * for the array at hand always looks cheaper than the generic one (which assumes ten elements) — 21
 * % of PostgreSQL's CPU in a dec_keys profile, though the plan (the primary key) never changes.
 * Only those: a generic plan is wrong wherever the values matter — enc_keys' take of a link's
 * oldest blocks ({@code LIMIT ?}) became a sequential scan of the pool, 47 ms a batch, and an audit
 * search over the last hour went from 0.05 ms to 528 ms.
 */
@DataSourceDefinition(
    name = DecKeysDataSource.JNDI_NAME,
    className = QgateDataSource.DRIVER,
    url = QgateDataSource.URL,
    user = QgateDataSource.USER,
    password = QgateDataSource.PASSWORD,
    minPoolSize = 2,
    // One connection per group commit (sources, deliveries), and as many to replace them.
    maxPoolSize = 4,
    // Validated by a round trip, at most once a second per connection: unlike the platform's pool,
    // which background work keeps using, this one may sit idle through a database restart, and
    // its first dec_keys afterwards must not meet a dead connection (EtsiIT).
    properties = {
      QgateDataSource.VALIDATE,
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=1",
      QgateDataSource.FAIL_ALL,
      QgateDataSource.NO_MATCHING,
      DecKeysDataSource.GENERIC_PLANS
    })
@ApplicationScoped
public class DecKeysDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/qgate-dec-keys";

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
