package io.qgate.console.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A small HTTP client for the platform under test: relative paths resolve against the WAR; requests
 * carry a demo user's bearer token from the tests' Keycloak.
 */
final class ApiClient {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  /** Who the requests are from: a demo user of the realm, or nobody (no bearer token). */
  private final String user;

  /** A client acting as the platform admin, as most tests need. */
  ApiClient(URL deploymentUrl) {
    this(deploymentUrl, DemoTokens.ADMIN);
  }

  /** A client acting as {@code user} (a demo user), or anonymously when it is null. */
  ApiClient(URL deploymentUrl, String user) {
    this.base = URI.create(deploymentUrl.toExternalForm());
    this.user = user;
  }

  /** The same platform, as someone else. */
  ApiClient as(String otherUser) {
    return new ApiClient(base, otherUser);
  }

  private ApiClient(URI base, String user) {
    this.base = base;
    this.user = user;
  }

  /** GET a path relative to the deployment, or absolute on the server when it starts with '/'. */
  Reply get(String path) {
    return send("GET", path, null, null);
  }

  Reply post(String path, String json) {
    return send("POST", path, "application/json", json);
  }

  Reply put(String path, String json) {
    return send("PUT", path, "application/json", json);
  }

  Reply delete(String path) {
    return send("DELETE", path, null, null);
  }

  Reply send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json, application/problem+json, */*")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (user != null) {
      request.header("Authorization", "Bearer " + DemoTokens.accessToken(user));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location"),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Reply(int status, String contentType, Optional<String> location, String body) {

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    JsonArray jsonArray() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }
}
