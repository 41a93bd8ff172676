package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import io.qgate.platform.infrastructure.cluster.JdbcClusterLeases;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Link runners share the links fairly on a real PostgreSQL, and survivors take a dead one's. */
class LinkLeasesDatabaseTest {

  private static final List<String> LINKS = List.of("l-1", "l-2", "l-3", "l-4", "l-5");
  private static final Duration LEASE = Duration.ofMillis(1_500);

  private static TestPostgres postgres;

  @BeforeAll
  static void start() throws SQLException {
    postgres = TestPostgres.start("link-leases");
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @Test
  void aJoiningInstanceGetsItsShareAndADeadOnesLinksGoToTheSurvivors() throws Exception {
    DataSource app = postgres.asApp(postgres.newDatabase());
    LinkLeases first = new LinkLeases(new JdbcClusterLeases(app), LEASE);
    LinkLeases second = new LinkLeases(new JdbcClusterLeases(app), LEASE);
    LinkLeases third = new LinkLeases(new JdbcClusterLeases(app), LEASE);

    assertThat(claim(app, first)).as("alone, it runs every link").isEqualTo(LINKS);

    // Two more join: within two rounds every link has one runner and nobody more than ⌈5/3⌉.
    List<List<String>> shares = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      shares = List.of(claim(app, second), claim(app, third), claim(app, first));
    }
    assertOneRunnerEach(shares);
    assertThat(shares).allSatisfy(share -> assertThat(share).hasSizeBetween(1, 2));

    // The third dies: once its leases run out, the two survivors share all five.
    Thread.sleep(LEASE.toMillis() + 500);
    for (int round = 0; round < 2; round++) {
      shares = List.of(claim(app, first), claim(app, second));
    }
    assertOneRunnerEach(shares);
    assertThat(shares).allSatisfy(share -> assertThat(share).hasSizeBetween(2, 3));
  }

  @Test
  void aCleanStopHandsEveryLinkOverAtOnce() throws Exception {
    DataSource app = postgres.asApp(postgres.newDatabase());
    LinkLeases leaving = new LinkLeases(new JdbcClusterLeases(app), Duration.ofSeconds(30));
    LinkLeases staying = new LinkLeases(new JdbcClusterLeases(app), Duration.ofSeconds(30));
    claim(app, leaving);
    assertThat(claim(app, staying)).as("all taken, and the leaver still counts").isEmpty();

    try (Connection connection = app.getConnection()) {
      leaving.releaseAll(connection);
    }

    assertThat(claim(app, staying)).isEqualTo(LINKS);
  }

  private static List<String> claim(DataSource app, LinkLeases instance) throws SQLException {
    try (Connection connection = app.getConnection()) {
      return instance.claim(connection, LINKS);
    }
  }

  private static void assertOneRunnerEach(List<List<String>> shares) {
    Set<String> run = new HashSet<>();
    for (List<String> share : shares) {
      for (String link : share) {
        assertThat(run.add(link)).as("%s run twice in %s", link, shares).isTrue();
      }
    }
    assertThat(run).containsExactlyInAnyOrderElementsOf(LINKS);
  }
}
