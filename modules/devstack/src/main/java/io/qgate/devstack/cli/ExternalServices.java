package io.qgate.devstack.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Reachability checks for a PostgreSQL or Kafka the user runs: a wrong URL fails {@code up} at once
 * with a clear message, not later inside the platform's log.
 */
final class ExternalServices {

  private static final int TIMEOUT_SECONDS = 5;

  private ExternalServices() {}

  static void checkDatabase(String url, String user, String password) {
    DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      throw CliException.failure(
          "Cannot connect to QGATE_DB_URL " + url + ": " + QgateCli.oneLine(e));
    }
  }

  /** A TCP connect to the first bootstrap server: enough to catch a typo or a stopped broker. */
  static void checkKafka(String bootstrap) {
    String first = bootstrap.split(",")[0].trim();
    int colon = first.lastIndexOf(':');
    try (Socket socket = new Socket()) {
      if (colon < 1) {
        throw new IOException("expected host:port");
      }
      String host = first.substring(0, colon);
      int port = Integer.parseInt(first.substring(colon + 1));
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_SECONDS * 1000);
    } catch (IOException | IllegalArgumentException e) {
      throw CliException.failure(
          "Cannot reach QGATE_KAFKA_BOOTSTRAP " + bootstrap + ": " + QgateCli.oneLine(e));
    }
  }
}
