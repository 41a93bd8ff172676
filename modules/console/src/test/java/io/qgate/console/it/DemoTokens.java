package io.qgate.console.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens of the realm's demo users from the tests' Keycloak (password grant on the dev
 * realm's {@code qgate-cli} client), cached until shortly before they expire.
 */
final class DemoTokens {

  /** Every demo user's password in the dev realm. */
  static final String PASSWORD = "qgate-demo";

  /** Who the tests act as unless they say otherwise: the platform admin. */
  static final String ADMIN = "adam";

  private static final Duration MARGIN = Duration.ofSeconds(30);
  private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private DemoTokens() {}

  /** A valid access token of {@code user}. */
  static String accessToken(String user) {
    return CACHE
        .compute(
            user,
            (name, cached) ->
                cached != null && Instant.now().isBefore(cached.expiresAt().minus(MARGIN))
                    ? cached
                    : fetch(name, PASSWORD))
        .value();
  }

  /** A token of the dev realm's metrics scraper (client credentials of {@code qgate-metrics}). */
  static String scraperToken() {
    HttpResponse<String> response =
        tokenEndpoint(
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                "qgate-metrics",
                "client_secret",
                "qgate-metrics-dev-secret"));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak refused the scraper a token: " + response.body());
    }
    return Json.createReader(new StringReader(response.body()))
        .readObject()
        .getString("access_token");
  }

  /** The token endpoint's answer to a password grant: its status and body, for refusal tests. */
  static HttpResponse<String> grant(String user, String password) {
    return tokenEndpoint(
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "qgate-cli",
            "username",
            user,
            "password",
            password));
  }

  private static HttpResponse<String> tokenEndpoint(Map<String, String> parameters) {
    String form =
        parameters.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(DevStackExtension.oidcIssuer() + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Token fetch(String user, String password) {
    HttpResponse<String> response = grant(user, password);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak refused a token for " + user + ": " + response.statusCode());
    }
    JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
    return new Token(
        json.getString("access_token"),
        Instant.now().plusSeconds(json.getJsonNumber("expires_in").longValue()));
  }

  private record Token(String value, Instant expiresAt) {}
}
