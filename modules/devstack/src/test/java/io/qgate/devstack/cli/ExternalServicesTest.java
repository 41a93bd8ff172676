package io.qgate.devstack.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExternalServicesTest {

  private HttpServer server;
  private String base;

  @BeforeEach
  void startDiscoveryServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    base = "http://localhost:" + server.getAddress().getPort();
    server.createContext(
        "/realms/qgate/.well-known/openid-configuration",
        exchange -> {
          byte[] body =
              ("{\"issuer\":\"" + base + "/realms/qgate\",\"jwks_uri\":\"x\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void acceptsAnIssuerWhoseDiscoveryDocumentNamesIt() {
    assertThatCode(() -> ExternalServices.checkOidcIssuer(base + "/realms/qgate"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAnIssuerWithoutDiscoveryDocument() {
    assertThatThrownBy(() -> ExternalServices.checkOidcIssuer(base + "/realms/other"))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith("Cannot use QGATE_OIDC_ISSUER " + base + "/realms/other: ")
        .hasMessageContaining("answered 404");
  }

  @Test
  void refusesAnIssuerTheDocumentDoesNotName() {
    String other = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/qgate";
    assertThatThrownBy(() -> ExternalServices.checkOidcIssuer(other))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("names issuer " + base + "/realms/qgate");
  }
}
