package io.qgate.benchconsole;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Before a browser starts: is the console served at the URL, and is the identity provider its
 * configuration names answering? Either failure is one line naming the URL.
 */
final class StackProbe {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern ISSUER = Pattern.compile("\"issuer\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  /** The issuer the console signs in with; {@link BenchFailure} if the stack does not answer. */
  String check(URI console) throws InterruptedException {
    get("the console", console);
    URI configUrl = console.resolve("api/v1/console/config");
    String issuer =
        issuer(get("the console configuration", configUrl))
            .orElseThrow(
                () ->
                    new BenchFailure(
                        "the console configuration at " + configUrl + " names no issuer"));
    get("Keycloak", URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration"));
    return issuer;
  }

  /** The "issuer" of the console's configuration JSON. */
  static Optional<String> issuer(String consoleConfig) {
    Matcher m = ISSUER.matcher(consoleConfig);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private String get(String what, URI uri) throws InterruptedException {
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new BenchFailure(
          what
              + " at "
              + uri
              + " is not reachable ("
              + reason.strip()
              + "): is ./qgate up running?",
          e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new BenchFailure(what + " at " + uri + " answered HTTP " + response.statusCode());
    }
    return response.body();
  }
}
