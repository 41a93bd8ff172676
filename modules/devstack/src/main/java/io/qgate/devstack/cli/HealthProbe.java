package io.qgate.devstack.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.OptionalInt;

/**
 * Asks the platform's MicroProfile Health readiness endpoint.
 *
 * <p>One short-lived HTTP/1.1 connection per probe: java.net.http.HttpClient (HTTP/2 upgrade
 * attempt, pooled connections) was seen to stay stuck after timeouts during Payara's boot.
 */
final class HealthProbe {

  private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
  private static final int READ_TIMEOUT_MILLIS = 5_000;

  private final URI readyUri;

  HealthProbe(int httpPort) {
    this.readyUri = URI.create("http://localhost:" + httpPort + "/health/ready");
  }

  URI uri() {
    return readyUri;
  }

  /** The HTTP status of /health/ready, or empty if nothing answers. */
  OptionalInt status() {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) readyUri.toURL().openConnection();
      connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
      connection.setReadTimeout(READ_TIMEOUT_MILLIS);
      connection.setUseCaches(false);
      connection.setRequestProperty("Connection", "close");
      int status = connection.getResponseCode();
      drain(connection, status);
      return OptionalInt.of(status);
    } catch (IOException e) {
      return OptionalInt.empty();
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private static void drain(HttpURLConnection connection, int status) throws IOException {
    try (InputStream body =
        status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      if (body != null) {
        body.readAllBytes();
      }
    }
  }
}
