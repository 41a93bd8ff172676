package io.qgate.vault.infrastructure.external;

import io.qgate.vault.domain.LinkStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * The vault as an SAE of one KME (ETSI GS QKD 014 §5), over mutual TLS with the SAE's client
 * certificate. HTTP/1.1: HTTP/2 over TLS to Payara misbehaves under load.
 */
final class KmeClient {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private final KmeEndpoint endpoint;
  private final HttpClient http;

  KmeClient(KmeEndpoint endpoint) {
    this.endpoint = endpoint;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(endpoint.tls())
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
  }

  /** §5.1 Get status, as master of the pair with {@code slaveSae}. */
  KmeStatus status(String slaveSae) throws KmeFailure {
    String call = describe("status for " + slaveSae);
    return KmeAnswers.status(send(request(slaveSae, "status").GET(), call), call);
  }

  /** §5.2 Get key: {@code number} new 256-bit keys reserved for {@code slaveSae}. */
  List<PulledKey> encKeys(String slaveSae, int number, int sizeBits) throws KmeFailure {
    String call = describe("enc_keys for " + slaveSae);
    String body = KmeAnswers.keyRequest(number, sizeBits);
    return KmeAnswers.keys(send(request(slaveSae, "enc_keys").POST(ofString(body)), call), call);
  }

  /** §5.3 Get key with key IDs: the keys {@code masterSae} was given, as their slave. */
  List<PulledKey> decKeys(String masterSae, List<String> keyIds) throws KmeFailure {
    String call = describe("dec_keys of " + masterSae);
    String body = KmeAnswers.keyIds(keyIds);
    return KmeAnswers.keys(send(request(masterSae, "dec_keys").POST(ofString(body)), call), call);
  }

  private HttpRequest.Builder request(String saeInPath, String method) {
    return HttpRequest.newBuilder(
            URI.create(endpoint.url() + "/api/v1/keys/" + saeInPath + "/" + method))
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json");
  }

  private byte[] send(HttpRequest.Builder request, String call) throws KmeFailure {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new KmeFailure(LinkStatus.EXTERNAL_UNAVAILABLE, call + ": " + reason(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KmeFailure(LinkStatus.EXTERNAL_UNAVAILABLE, call + ": interrupted");
    }
    int code = response.statusCode();
    if (code == 200) {
      return response.body();
    }
    throw new KmeFailure(
        code >= 400 && code < 500 ? LinkStatus.EXTERNAL_REFUSED : LinkStatus.EXTERNAL_UNAVAILABLE,
        call + " answered " + code + ": " + KmeAnswers.error(response.body()));
  }

  private String describe(String call) {
    return "KME " + endpoint.url() + ", " + call + " as " + endpoint.saeId();
  }

  private static HttpRequest.BodyPublisher ofString(String body) {
    return HttpRequest.BodyPublishers.ofString(body);
  }

  private static String reason(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpConnectTimeoutException) {
        return "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
      } else if (cause instanceof HttpTimeoutException) {
        return "no answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
      } else if (cause instanceof SSLException) {
        return "TLS failed (" + cause.getMessage() + ")";
      } else if (cause instanceof ConnectException) {
        return "connection refused";
      } else if (cause instanceof UnknownHostException) {
        return "unknown host";
      }
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }
}
