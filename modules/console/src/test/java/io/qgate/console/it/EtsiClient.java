package io.qgate.console.it;

import io.qgate.devstack.pki.ClientCredentials;
import io.qgate.devstack.pki.ClientTls;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * An ETSI GS QKD 014 client as an SAE would write it from the standard: HTTPS with its client
 * certificate, JSON in and out, nothing qgate-specific.
 */
final class EtsiClient {

  private final HttpClient http;
  private final URI base;

  EtsiClient(URI kme, SSLContext tls) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // the standard's transport: HTTPS 1.1
            .sslContext(tls)
            .connectTimeout(Duration.ofSeconds(60))
            .build();
    this.base = kme.resolve("api/v1/keys/");
  }

  static EtsiClient as(URI kme, ClientCredentials sae) {
    return new EtsiClient(
        kme, ClientTls.sslContext(sae.keyStore(), sae.keyStorePassword(), sae.caCertificate()));
  }

  Reply get(String path) throws IOException {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Reply post(String path, String json) throws IOException {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any other method, without a body: what the standard does not define. */
  Reply send(String method, String path) throws IOException {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  private Reply send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(120)).header("Accept", "application/json").build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Allow").orElse(""),
          response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Reply(int status, String allow, String body) {
    JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      } catch (RuntimeException e) {
        throw new UncheckedIOException(new IOException("not JSON: " + body, e));
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
