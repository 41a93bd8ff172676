package io.qgate.console.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.Public;
import org.junit.jupiter.api.Test;

class ConsoleConfigResourceTest {

  @Test
  void namesTheConfiguredIssuerAndTheConsolesClient() {
    ConsoleConfigResource resource = new ConsoleConfigResource();
    resource.issuer = "https://id.example.org/realms/qgate";

    assertThat(resource.config())
        .isEqualTo(
            new ConsoleConfigResource.ConsoleConfigView(
                "https://id.example.org/realms/qgate", "qgate-console"));
  }

  @Test
  void isPublicBecauseTheConsoleReadsItBeforeSigningIn() throws NoSuchMethodException {
    var method = ConsoleConfigResource.class.getMethod("config");

    assertThat(method.getAnnotation(Public.class)).isNotNull();
    assertThat(method.getAnnotation(Allowed.class)).isNull();
  }
}
