package io.qgate.devstack.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One SAE's connection to the ETSI GS QKD 014 API: one keep-alive TLS connection with the SAE's
 * client certificate (server name verified as HTTPS does), requests sent one after another as plain
 * HTTP/1.1. Written on a blocking {@link SSLSocket} rather than {@code java.net.http.HttpClient},
 * which cost the benchmark ~0.15 ms of CPU per request — a fifth of the two cores it shares with
 * the server it measures (docs/benchmarks.md). A connection that fails is closed; the next request
 * opens a new one. Not for concurrent use.
 */
final class EtsiClient implements Closeable {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** An answer: the status and the body. */
  record Answer(int status, String body) {}

  private final SSLContext tls;
  private final String host;
  private final int port;
  private final String keysPath;
  private final Duration requestTimeout;
  private final LongAdder connections;
  private SSLSocket socket;
  private InputStream in;
  private OutputStream out;

  /**
   * @param baseUrl e.g. {@code https://localhost:8443}; the API is under {@code /api/v1/keys/}
   * @param connections counts the TLS connections this client opens
   */
  EtsiClient(URI baseUrl, SSLContext tls, Duration requestTimeout, LongAdder connections) {
    this.tls = tls;
    this.host = baseUrl.getHost();
    this.port = baseUrl.getPort() < 0 ? 443 : baseUrl.getPort();
    String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    this.keysPath = (path.endsWith("/") ? path : path + "/") + "api/v1/keys/";
    this.requestTimeout = requestTimeout;
    this.connections = connections;
  }

  /** {@code GET /api/v1/keys/{slave}/status}. */
  Answer status(String slaveSae) throws IOException {
    return send("GET", slaveSae + "/status", null);
  }

  /** {@code POST /api/v1/keys/{slave}/enc_keys} with {@code {"number":n,"size":bits}}. */
  Answer encKeys(String slaveSae, int number, int sizeBits) throws IOException {
    return send(
        "POST", slaveSae + "/enc_keys", "{\"number\":" + number + ",\"size\":" + sizeBits + "}");
  }

  /**
   * dec_keys of the master's keys: {@code GET .../dec_keys?key_ID=} for one key, {@code POST} with
   * {@code {"key_IDs":[{"key_ID":...}]}} for several.
   */
  Answer decKeys(String masterSae, List<UUID> keyIds) throws IOException {
    if (keyIds.size() == 1) {
      return send("GET", masterSae + "/dec_keys?key_ID=" + keyIds.get(0), null);
    }
    String body =
        keyIds.stream()
            .map(id -> "{\"key_ID\":\"" + id + "\"}")
            .collect(Collectors.joining(",", "{\"key_IDs\":[", "]}"));
    return send("POST", masterSae + "/dec_keys", body);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
    }
  }

  private Answer send(String method, String target, String body) throws IOException {
    if (socket == null) {
      connect();
    }
    try {
      write(method, keysPath + target, body);
      Http1Answer answer = Http1Answer.read(in);
      if (answer.closes()) {
        close();
      }
      return new Answer(answer.status(), answer.body());
    } catch (SocketTimeoutException e) {
      close();
      throw new HttpTimeoutException("no answer within " + requestTimeout.toSeconds() + " s");
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    Socket opened = new Socket();
    try {
      opened.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
    } catch (SocketTimeoutException e) {
      opened.close();
      throw new HttpConnectTimeoutException("connect timed out");
    } catch (IOException e) {
      opened.close();
      throw e;
    }
    connections.increment();
    try {
      SSLSocket secured = (SSLSocket) tls.getSocketFactory().createSocket(opened, host, port, true);
      SSLParameters parameters = secured.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      secured.setSSLParameters(parameters);
      secured.setSoTimeout((int) requestTimeout.toMillis());
      secured.setTcpNoDelay(true);
      secured.startHandshake();
      socket = secured;
      in = new BufferedInputStream(secured.getInputStream(), 16 * 1024);
      out = new BufferedOutputStream(secured.getOutputStream(), 4 * 1024);
    } catch (IOException e) {
      opened.close();
      throw e;
    }
  }

  private void write(String method, String target, String body) throws IOException {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder(160)
            .append(method)
            .append(' ')
            .append(target)
            .append(" HTTP/1.1\r\nHost: ")
            .append(host)
            .append(':')
            .append(port)
            .append("\r\nAccept: application/json\r\n");
    if (body != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(content.length)
          .append("\r\n");
    }
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    out.write(content);
    out.flush();
  }
}
