package io.qgate.devstack.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Registers an SAE with a node's KME: {@code POST /api/v1/key-vault/saes} with {@code
 * {"saeId":...,"nodeId":...}} on the platform's HTTP port (201 created, 409 exists).
 */
final class SaeRegistration {

  static final String PATH = "/api/v1/key-vault/saes";

  private static final int CONNECT_TIMEOUT_MILLIS = 3_000;
  private static final int READ_TIMEOUT_MILLIS = 15_000;
  private static final Pattern DETAIL = Pattern.compile("\"(detail|title)\"\\s*:\\s*\"([^\"]*)\"");

  enum Result {
    CREATED,
    EXISTS,
    NOT_RUNNING,
    FAILED
  }

  record Outcome(Result result, String detail) {}

  private final URI uri;
  private final String bearerToken;

  /** {@code bearerToken}: a platform admin's, the API refuses registrations from anyone else. */
  SaeRegistration(int httpPort, String bearerToken) {
    this.uri = URI.create("http://localhost:" + httpPort + PATH);
    this.bearerToken = bearerToken;
  }

  URI uri() {
    return uri;
  }

  /** Ids and roles are checked by the caller: they need no JSON escaping. */
  Outcome register(String saeId, String nodeId, List<String> roles) {
    String roleArray =
        roles.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(",", "[", "]"));
    byte[] body =
        ("{\"saeId\":\"" + saeId + "\",\"nodeId\":\"" + nodeId + "\",\"roles\":" + roleArray + "}")
            .getBytes(StandardCharsets.UTF_8);
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
      connection.setReadTimeout(READ_TIMEOUT_MILLIS);
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      connection.setRequestProperty("Authorization", "Bearer " + bearerToken);
      connection.setRequestProperty("Accept", "application/json, application/problem+json");
      connection.setRequestProperty("Connection", "close");
      connection.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body);
      }
      int status = connection.getResponseCode();
      String response =
          read(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
      return switch (status) {
        case 200, 201 -> new Outcome(Result.CREATED, "");
        case 409 -> new Outcome(Result.EXISTS, "");
        default ->
            new Outcome(Result.FAILED, "POST " + uri + " answered " + status + detail(response));
      };
    } catch (ConnectException e) {
      return new Outcome(Result.NOT_RUNNING, "nothing listens on " + uri);
    } catch (IOException e) {
      return new Outcome(Result.FAILED, "POST " + uri + ": " + QgateCli.oneLine(e));
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private static String detail(String problem) {
    Matcher matcher = DETAIL.matcher(problem);
    String detail = null;
    while (matcher.find()) {
      if (detail == null || "detail".equals(matcher.group(1))) {
        detail = matcher.group(2);
      }
    }
    return detail == null || detail.isBlank() ? "" : " (" + detail + ")";
  }

  private static String read(InputStream in) throws IOException {
    if (in == null) {
      return "";
    }
    try (in) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
