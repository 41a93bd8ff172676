package io.qgate.devstack.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bearer token for the CLI's own calls to the platform API (registering an SAE): a password grant
 * on the realm's {@code qgate-cli} client as {@code QGATE_ADMIN_USER} (default {@value
 * #DEFAULT_USER}, the dev realm's platform admin) with {@code QGATE_ADMIN_PASSWORD}.
 */
final class AdminToken {

  static final String DEFAULT_USER = "adam";
  static final String DEFAULT_PASSWORD = "qgate-demo";
  static final String CLIENT_ID = "qgate-cli";

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private AdminToken() {}

  /**
   * @throws CliException naming the issuer and the user when the identity provider is not reachable
   *     or refuses the grant
   */
  static String fetch(String issuer, Map<String, String> env) {
    String user = env.getOrDefault("QGATE_ADMIN_USER", DEFAULT_USER);
    String password = env.getOrDefault("QGATE_ADMIN_PASSWORD", DEFAULT_PASSWORD);
    URI endpoint = URI.create(issuer + "/protocol/openid-connect/token");
    String form =
        "grant_type=password&client_id="
            + CLIENT_ID
            + "&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(3))
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw CliException.failure(
          "the identity provider " + issuer + " is not reachable: run ./qgate up first");
    } catch (IOException e) {
      throw CliException.failure("cannot sign in at " + issuer + ": " + QgateCli.oneLine(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.failure("interrupted while signing in at " + issuer);
    }
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw CliException.failure(
          issuer
              + " refused to sign in "
              + user
              + " (HTTP "
              + response.statusCode()
              + "); set QGATE_ADMIN_USER and QGATE_ADMIN_PASSWORD to a platform-admin of the"
              + " realm");
    }
    return token.group(1);
  }
}
