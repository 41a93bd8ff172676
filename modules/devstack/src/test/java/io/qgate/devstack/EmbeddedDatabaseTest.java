package io.qgate.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

  @Test
  void runsSqlAndKeepsRowsAcrossRestartOnSameDataDirectory() throws Exception {
    Path dataDir = TestDirectories.newDirectory("postgres-");
    int port = Ports.anyFree();

    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port)) {
      assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/qgate");
      assertThat(database.port()).isEqualTo(port);
      try (Connection connection = database.connect();
          Statement sql = connection.createStatement()) {
        // The dev stack's database flushes every commit (zonky's defaults would not).
        try (var fsync = sql.executeQuery("SHOW fsync")) {
          fsync.next();
          assertThat(fsync.getString(1)).isEqualTo("on");
        }
        sql.execute("CREATE TABLE link (id TEXT PRIMARY KEY, km INT)");
        sql.execute("INSERT INTO link VALUES ('alice-bob', 42)");
      }
    }

    try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, port)) {
      assertThat(kmOf(restarted, "alice-bob")).isEqualTo(42);
    }
  }

  @Test
  void closeIsIdempotent() throws Exception {
    EmbeddedDatabase database =
        EmbeddedDatabase.start(TestDirectories.newDirectory("postgres-"), Ports.anyFree());
    database.close();
    database.close();
    assertThatThrownBy(database::connect).isInstanceOf(SQLException.class);
  }

  @Test
  void portInUseGivesOneLineErrorNamingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      Path dataDir = TestDirectories.newDirectory("postgres-");

      assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, port))
          .isInstanceOf(PortInUseException.class)
          .hasMessage("Cannot start PostgreSQL: port " + port + " is already in use");
    }
  }

  private static int kmOf(EmbeddedDatabase database, String id) throws SQLException {
    try (Connection connection = database.connect();
        Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT km FROM link WHERE id = '" + id + "'")) {
      assertThat(rows.next()).isTrue();
      return rows.getInt(1);
    }
  }
}
