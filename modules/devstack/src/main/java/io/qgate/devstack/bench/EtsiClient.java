package io.qgate.devstack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * One SAE's connection to the ETSI GS QKD 014 API: its own {@link HttpClient} (HTTP/1.1, one
 * keep-alive TLS connection while requests are sent one after another) with the SAE's client
 * certificate.
 */
final class EtsiClient {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** An answer: the status and the body. */
  record Answer(int status, String body) {}

  private final HttpClient http;
  private final URI keys;
  private final Duration requestTimeout;

  /**
   * @param baseUrl e.g. {@code https://localhost:8443}; the API is under {@code /api/v1/keys/}
   */
  EtsiClient(URI baseUrl, SSLContext tls, Duration requestTimeout) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(tls)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
    String base = baseUrl.toString();
    this.keys = URI.create((base.endsWith("/") ? base : base + "/") + "api/v1/keys/");
    this.requestTimeout = requestTimeout;
  }

  /** {@code GET /api/v1/keys/{slave}/status}. */
  Answer status(String slaveSae) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(keys.resolve(slaveSae + "/status")).GET());
  }

  /** {@code POST /api/v1/keys/{slave}/enc_keys} with {@code {"number":n,"size":bits}}. */
  Answer encKeys(String slaveSae, int number, int sizeBits)
      throws IOException, InterruptedException {
    String body = "{\"number\":" + number + ",\"size\":" + sizeBits + "}";
    return send(
        HttpRequest.newBuilder(keys.resolve(slaveSae + "/enc_keys"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /**
   * dec_keys of the master's keys: {@code GET .../dec_keys?key_ID=} for one key, {@code POST} with
   * {@code {"key_IDs":[{"key_ID":...}]}} for several.
   */
  Answer decKeys(String masterSae, List<UUID> keyIds) throws IOException, InterruptedException {
    if (keyIds.size() == 1) {
      return send(
          HttpRequest.newBuilder(keys.resolve(masterSae + "/dec_keys?key_ID=" + keyIds.get(0)))
              .GET());
    }
    String body =
        keyIds.stream()
            .map(id -> "{\"key_ID\":\"" + id + "\"}")
            .collect(Collectors.joining(",", "{\"key_IDs\":[", "]}"));
    return send(
        HttpRequest.newBuilder(keys.resolve(masterSae + "/dec_keys"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            request.timeout(requestTimeout).header("Accept", "application/json").build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }
}
