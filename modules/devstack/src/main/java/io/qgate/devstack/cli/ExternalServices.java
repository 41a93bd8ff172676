package io.qgate.devstack.cli;

import io.qgate.devstack.bench.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Reachability checks for a PostgreSQL, Kafka or OpenID Provider the user runs: a wrong URL fails
 * {@code up} at once with a clear message, not later inside the platform's log.
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

  /**
   * Fetches {@code issuer/.well-known/openid-configuration}: it must answer 200 and name the same
   * issuer (else tokens would carry an {@code iss} the platform rejects).
   */
  static void checkOidcIssuer(String issuer) {
    String discovery = issuer + "/.well-known/openid-configuration";
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) URI.create(discovery).toURL().openConnection();
      connection.setConnectTimeout(TIMEOUT_SECONDS * 1000);
      connection.setReadTimeout(TIMEOUT_SECONDS * 1000);
      int status = connection.getResponseCode();
      if (status != 200) {
        throw new IOException(discovery + " answered " + status);
      }
      String body;
      try (InputStream in = connection.getInputStream()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Object named = Json.parse(body) instanceof Map<?, ?> document ? document.get("issuer") : null;
      if (!issuer.equals(named)) {
        throw new IOException("its discovery document names issuer " + named);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw CliException.failure(
          "Cannot use QGATE_OIDC_ISSUER " + issuer + ": " + QgateCli.oneLine(e));
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }
}
