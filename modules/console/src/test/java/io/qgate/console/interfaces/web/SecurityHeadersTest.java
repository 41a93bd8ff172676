package io.qgate.console.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void cspAllowsOnlyTheWarAndTheIssuersOriginToBeFetched() {
    assertThat(SecurityHeaders.contentSecurityPolicy("http://localhost:8180/realms/qgate"))
        .isEqualTo(
            "default-src 'self'; script-src 'self'; style-src 'self';"
                + " connect-src 'self' http://localhost:8180; frame-ancestors 'none';"
                + " img-src 'self' data:");
  }

  @Test
  void cspHasNoInlineOrEval() {
    assertThat(SecurityHeaders.contentSecurityPolicy("https://id.example.org/realms/qgate"))
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval")
        .contains("frame-ancestors 'none'");
  }

  @Test
  void originDropsThePathAndDefaultPortsAndLowerCases() {
    assertThat(SecurityHeaders.origin("HTTPS://ID.Example.org:443/realms/qgate/"))
        .isEqualTo("https://id.example.org");
    assertThat(SecurityHeaders.origin("http://kc.example.org:80/realms/qgate"))
        .isEqualTo("http://kc.example.org");
    assertThat(SecurityHeaders.origin(" http://10.0.0.5:28180/realms/qgate "))
        .isEqualTo("http://10.0.0.5:28180");
  }

  @Test
  void aNonHttpOrRelativeIssuerIsRefused() {
    assertThatThrownBy(() -> SecurityHeaders.origin("/realms/qgate"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute http(s) URL");
    assertThatThrownBy(() -> SecurityHeaders.origin("javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecurityHeaders.origin(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecurityHeaders.origin("http://in valid"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a URL");
  }

  @Test
  void everyResponseGetsTheFixedHeaders() {
    assertThat(SecurityHeaders.forIssuer("http://localhost:8180/realms/qgate").everyResponse())
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "no-referrer")
        .containsEntry("X-Frame-Options", "DENY")
        .containsKey("Content-Security-Policy")
        .doesNotContainKey("Cache-Control");
  }

  @Test
  void onlyApiResponsesAreNotStored() {
    assertThat(SecurityHeaders.forPath("/api/v1/devices"))
        .containsEntry("Cache-Control", "no-store");
    assertThat(SecurityHeaders.forPath("/api")).containsEntry("Cache-Control", "no-store");
    assertThat(SecurityHeaders.forPath("/console/app.js")).isEmpty();
    assertThat(SecurityHeaders.forPath("/apiary")).isEmpty();
    assertThat(SecurityHeaders.forPath("/")).isEmpty();
    assertThat(SecurityHeaders.forPath(null)).isEmpty();
  }
}
