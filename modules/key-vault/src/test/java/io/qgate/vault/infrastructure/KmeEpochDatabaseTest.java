package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every change to SAEs, nodes or links moves the counter the vault's KME directory cache polls. */
class KmeEpochDatabaseTest {

  private static TestPostgres postgres;

  @BeforeAll
  static void start() throws SQLException {
    postgres = TestPostgres.start("kme-epoch");
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @Test
  void nodeLinkAndSaeChangesByTheApplicationRoleBumpTheKmeEpoch() throws SQLException {
    DataSource app = postgres.asApp(postgres.newDatabase());
    long start = epoch(app);

    execute(
        app,
        "INSERT INTO network_node (id, version, name, role, tenant, site, created_at, updated_at)"
            + " VALUES ('n-a', 0, 'A', 'CORE_KME', 'SHARED', 'a', now(), now()),"
            + " ('n-b', 0, 'B', 'EDGE_GATEWAY', 'UTILITY', 'b', now(), now())");
    long afterNodes = epoch(app);
    execute(
        app,
        "INSERT INTO vault_sae (sae_id, node_id, tenant, domain, created_at)"
            + " VALUES ('sae-b', 'n-b', 'UTILITY', 'GRID', now())");
    long afterSae = epoch(app);
    execute(app, "UPDATE network_node SET site = 'moved' WHERE id = 'n-b'");
    long afterMove = epoch(app);
    execute(app, "DELETE FROM vault_sae WHERE sae_id = 'sae-b'");
    long afterRemoval = epoch(app);

    assertThat(afterNodes).isGreaterThan(start);
    assertThat(afterSae).isGreaterThan(afterNodes);
    assertThat(afterMove).isGreaterThan(afterSae);
    assertThat(afterRemoval).isGreaterThan(afterMove);
  }

  @Test
  void theLinkTableBumpsItToo() throws SQLException {
    String url = postgres.newDatabase();
    DataSource app = postgres.asApp(url);
    long before = epoch(app);
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      // A statement-level trigger: it fires even when no row matches.
      sql.execute("DELETE FROM network_link");
    }

    assertThat(epoch(app)).isGreaterThan(before);
  }

  private static long epoch(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery("SELECT epoch FROM cache_epoch WHERE name = 'kme'")) {
      assertThat(row.next()).as("the 'kme' counter exists").isTrue();
      return row.getLong(1);
    }
  }

  private static void execute(DataSource dataSource, String statement) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }
}
