package io.qgate.vault.interfaces.rest.etsi;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.vault.interfaces.rest.etsi.EtsiRoute.Endpoint;
import org.junit.jupiter.api.Test;

/** The three operations of ETSI GS QKD 014 §5, each under {@code {SAE_ID}/}, and nothing else. */
class EtsiRouteTest {

  @Test
  void eachOperationIsNamedAfterTheSaeItConcerns() {
    assertThat(EtsiRoute.of("/sae-core-1/status"))
        .contains(new EtsiRoute("sae-core-1", Endpoint.STATUS));
    assertThat(EtsiRoute.of("/sae-core-1/enc_keys"))
        .contains(new EtsiRoute("sae-core-1", Endpoint.ENC_KEYS));
    assertThat(EtsiRoute.of("/sae-grid-1/dec_keys"))
        .contains(new EtsiRoute("sae-grid-1", Endpoint.DEC_KEYS));
  }

  @Test
  void aPathNamingNoOperationIsNoRoute() {
    for (String path :
        new String[] {
          null,
          "",
          "/",
          "/sae-1",
          "/sae-1/",
          "//status",
          "/sae-1/keys",
          "/sae-1/enc_keys/",
          "/sae-1/enc_keys/extra",
          "/sae-1/STATUS",
          "sae-1/status"
        }) {
      assertThat(EtsiRoute.of(path)).as(path).isEmpty();
    }
  }

  @Test
  void statusIsReadOnlyAndOnlyGetAndPostReachTheKeys() {
    assertThat(Endpoint.STATUS.accepts("GET")).isTrue();
    assertThat(Endpoint.STATUS.accepts("POST")).isFalse();
    assertThat(Endpoint.STATUS.allow()).isEqualTo("GET");
    for (Endpoint keys : new Endpoint[] {Endpoint.ENC_KEYS, Endpoint.DEC_KEYS}) {
      assertThat(keys.accepts("GET")).isTrue();
      assertThat(keys.accepts("POST")).isTrue();
      for (String other : new String[] {"HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE"}) {
        assertThat(keys.accepts(other)).as(other).isFalse();
      }
      assertThat(keys.allow()).isEqualTo("GET, POST");
    }
  }
}
