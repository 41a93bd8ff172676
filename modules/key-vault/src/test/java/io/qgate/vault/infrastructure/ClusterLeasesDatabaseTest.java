package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import io.qgate.platform.infrastructure.cluster.JdbcClusterLeases;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cluster leases on a real PostgreSQL, as the application role: one holder at a time, renewal by
 * the holder only, hand-over on release or expiry. (Tested here, where the migrated test database
 * lives; the leases belong to the platform kernel.)
 */
class ClusterLeasesDatabaseTest {

  private static final Duration TTL = Duration.ofSeconds(10);

  private static TestPostgres postgres;

  @BeforeAll
  static void start() throws SQLException {
    postgres = TestPostgres.start("cluster-leases");
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @Test
  void theFirstClaimantHoldsAndRenewsAndTheOtherWaits() throws SQLException {
    DataSource app = postgres.asApp(postgres.newDatabase());
    JdbcClusterLeases first = new JdbcClusterLeases(app);
    JdbcClusterLeases second = new JdbcClusterLeases(app);

    assertThat(first.instance()).isNotEqualTo(second.instance());
    assertThat(first.hold("fleet:gw-grid-1", TTL)).isTrue();
    assertThat(second.hold("fleet:gw-grid-1", TTL)).isFalse();
    assertThat(first.hold("fleet:gw-grid-1", TTL)).as("renewed").isTrue();
    assertThat(second.hold("fleet:gw-health-1", TTL)).as("another name").isTrue();
    assertThat(first.hold("fleet:gw-health-1", TTL)).isFalse();
  }

  @Test
  void aReleasedLeaseGoesToTheNextClaimantAtOnce() throws SQLException {
    DataSource app = postgres.asApp(postgres.newDatabase());
    JdbcClusterLeases first = new JdbcClusterLeases(app);
    JdbcClusterLeases second = new JdbcClusterLeases(app);
    first.hold("fleet:gw-plant-1", TTL);

    second.release("fleet:gw-plant-1"); // not its own: nothing happens
    assertThat(second.hold("fleet:gw-plant-1", TTL)).isFalse();
    first.release("fleet:gw-plant-1");

    assertThat(second.hold("fleet:gw-plant-1", TTL)).isTrue();
    assertThat(first.hold("fleet:gw-plant-1", TTL)).isFalse();
  }

  @Test
  void anExpiredLeaseIsClaimedByASurvivor() throws Exception {
    DataSource app = postgres.asApp(postgres.newDatabase());
    JdbcClusterLeases dead = new JdbcClusterLeases(app);
    JdbcClusterLeases survivor = new JdbcClusterLeases(app);
    assertThat(dead.hold("fleet:gw-grid-1", Duration.ofMillis(300))).isTrue();
    assertThat(survivor.hold("fleet:gw-grid-1", TTL)).isFalse();

    Thread.sleep(600); // the holder stopped renewing

    assertThat(survivor.hold("fleet:gw-grid-1", TTL)).isTrue();
    assertThat(dead.hold("fleet:gw-grid-1", TTL)).as("came back too late").isFalse();
  }

  @Test
  void ofSixteenInstancesClaimingAtOnceExactlyOneHolds() throws Exception {
    DataSource app = postgres.asApp(postgres.newDatabase());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (int round = 0; round < 20; round++) {
        String name = "race-" + round;
        List<Callable<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          JdbcClusterLeases instance = new JdbcClusterLeases(app);
          claims.add(() -> instance.hold(name, TTL));
        }
        long holders = 0;
        for (Future<Boolean> claim : pool.invokeAll(claims)) {
          holders += claim.get() ? 1 : 0;
        }
        assertThat(holders).as(name).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
