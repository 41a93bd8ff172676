package io.qgate.console.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct SQL on the integration-test database as its superuser: how tests play the insider who
 * edits tables behind the platform's back, or takes a privilege away from it.
 */
final class ItDatabase {

  private ItDatabase() {}

  static Connection superuser() throws SQLException {
    int port = Integer.getInteger("qgate.it.db.port", 25432);
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/qgate", "postgres", "postgres");
  }

  static void execute(String... statements) throws SQLException {
    try (Connection connection = superuser();
        Statement sql = connection.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }
}
