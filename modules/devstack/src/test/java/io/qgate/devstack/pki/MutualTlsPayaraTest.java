package io.qgate.devstack.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qgate.devstack.Ports;
import io.qgate.devstack.TestDirectories;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Payara Micro with {@link TlsServerOptions#payaraArguments} and a one-page WAR that shows
 * the client certificate it received: proves the mutual-TLS recipe end to end (~15 s).
 */
class MutualTlsPayaraTest {

  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);

  /** Answers 401 without a client certificate, else the subject of the first one. */
  private static final String PROBE_JSP =
      """
      <%@ page contentType="text/plain" %><%
      java.security.cert.X509Certificate[] chain = (java.security.cert.X509Certificate[])
          request.getAttribute("jakarta.servlet.request.X509Certificate");
      if (chain == null) {
        response.setStatus(401);
        out.print("no client certificate");
      } else {
        out.print(chain[0].getSubjectX500Principal().getName() + " chain=" + chain.length);
      }
      %>""";

  private static Process payara;
  private static Path pkiDir;
  private static Path log;
  private static int httpPort;
  private static int httpsPort;

  @BeforeAll
  static void startPayara() throws Exception {
    String jar = System.getProperty("qgate.test.payara.micro.jar", "");
    assumeTrue(Files.isRegularFile(Path.of(jar)), "Payara Micro jar not found: " + jar);
    Path work = TestDirectories.newDirectory("mtls-");
    pkiDir = work.resolve("pki with spaces"); // the pre-boot commands must cope
    Path war = work.resolve("probe.war");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
      zip.putNextEntry(new ZipEntry("index.jsp"));
      zip.write(PROBE_JSP.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    httpPort = Ports.anyFree();
    httpsPort = Ports.anyFree();
    log = work.resolve("payara.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-jar", jar, "--deploy", war.toString()));
    command.addAll(List.of("--contextroot", "/", "--port", Integer.toString(httpPort)));
    command.addAll(List.of("--nocluster", "--disablephonehome"));
    command.addAll(List.of("--rootdir", work.resolve("root").toString()));
    command.addAll(TlsServerOptions.payaraArguments(pkiDir, httpsPort));
    payara =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    awaitHttp();
  }

  @AfterAll
  static void stopPayara() throws Exception {
    if (payara != null) {
      payara.destroy();
      if (!payara.waitFor(30, TimeUnit.SECONDS)) {
        payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void aSaeCertificateReachesTheApplication() throws Exception {
    DevPki pki = DevPki.ensure(pkiDir);
    ClientCredentials sae = pki.demoClient("sae-grid-1");
    SSLContext tls = ClientTls.sslContext(sae.keyStore(), sae.keyStorePassword(), pki.caPem());

    HttpResponse<String> response = get(tls, "https://localhost:" + httpsPort + "/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("CN=sae-grid-1 chain=2"); // the client sends CA too
    handshakeTls12(tls); // the TLS 1.2 handshake completes as well
  }

  @Test
  void aSaeCertificateIssuedLaterIsAcceptedWithoutRestart() throws Exception {
    DevPki pki = DevPki.ensure(pkiDir);
    ClientCredentials sae = pki.issueClient("sae-later-1", pkiDir.resolveSibling("later"));
    SSLContext tls =
        ClientTls.sslContext(sae.keyStore(), sae.keyStorePassword(), sae.caCertificate());

    HttpResponse<String> response = get(tls, "https://localhost:" + httpsPort + "/");

    assertThat(response.body()).isEqualTo("CN=sae-later-1 chain=2");
  }

  @Test
  void noClientCertificateFailsTheHandshake() throws Exception {
    SSLContext tls = ClientTls.trustOnly(pkiDir.resolve("ca.pem"));

    assertThatThrownBy(() -> get(tls, "https://localhost:" + httpsPort + "/"))
        .isInstanceOf(IOException.class);
    // With TLS 1.2 the server's refusal is part of the handshake itself (it closes the
    // connection before its Finished message: the client sees a broken pipe or a handshake error).
    assertThatThrownBy(() -> handshakeTls12(tls)).isInstanceOf(IOException.class);
  }

  @Test
  void aCertificateFromAnotherCaFailsTheHandshake() throws Exception {
    Path otherDir = pkiDir.resolveSibling("other-pki");
    DevPki other = DevPki.ensure(otherDir);
    ClientCredentials impostor = other.demoClient("sae-grid-1"); // same CN, wrong CA
    SSLContext tls =
        ClientTls.sslContext(
            impostor.keyStore(), impostor.keyStorePassword(), pkiDir.resolve("ca.pem"));

    assertThatThrownBy(() -> get(tls, "https://localhost:" + httpsPort + "/"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> handshakeTls12(tls)).isInstanceOf(IOException.class);
  }

  @Test
  void plainHttpStaysOpenWithoutClientCertificates() throws Exception {
    HttpResponse<String> response = get(null, "http://localhost:" + httpPort + "/");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("no client certificate");
  }

  private static HttpResponse<String> get(SSLContext tls, String url)
      throws IOException, InterruptedException {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5));
    if (tls != null) {
      builder.sslContext(tls);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    return builder.build().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A TLS 1.2 handshake only; throws if the server refuses it. */
  private static void handshakeTls12(SSLContext tls) throws IOException {
    try (SSLSocket socket =
        (SSLSocket) tls.getSocketFactory().createSocket("localhost", httpsPort)) {
      socket.setSoTimeout(10_000);
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setProtocols(new String[] {"TLSv1.2"});
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      socket.setSSLParameters(parameters);
      socket.startHandshake();
    }
  }

  /** Until the probe page answers on plain HTTP: the server is up and the WAR deployed. */
  private static void awaitHttp() throws Exception {
    long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
    while (true) {
      if (!payara.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with " + payara.exitValue() + ":\n" + tail());
      }
      try {
        if (get(null, "http://localhost:" + httpPort + "/").statusCode() == 401) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Payara Micro not ready:\n" + tail());
      }
      Thread.sleep(250);
    }
  }

  private static String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
