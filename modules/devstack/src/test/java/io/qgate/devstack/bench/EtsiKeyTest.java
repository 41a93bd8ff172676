package io.qgate.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EtsiKeyTest {

  @Test
  void parsesAKeyContainer() {
    UUID id = UUID.fromString("0b3a0c1e-8f1a-4a38-9e2b-2b9a1c5d7e10");
    String body =
        "{ \"keys\" : [ {\"key_ID\":\""
            + id
            + "\", \"key\":\"AAECAwQFBgc=\"} ],"
            + " \"key_container_extension\": {\"x\": [1, 2.5e3, true, null, \"\\u00e9\\n\"]} }";

    List<EtsiKey> keys = EtsiKey.parseContainer(body);

    assertThat(keys).hasSize(1);
    assertThat(keys.get(0).keyId()).isEqualTo(id);
    assertThat(keys.get(0).material()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(keys.get(0).toString()).doesNotContain("AAECAwQFBgc").contains("64 bits");
  }

  @Test
  void rejectsWhatIsNoKeyContainer() {
    assertThatThrownBy(() -> EtsiKey.parseContainer("{\"keys\": 1}"))
        .hasMessageContaining("no \"keys\" array");
    assertThatThrownBy(
            () -> EtsiKey.parseContainer("{\"keys\":[{\"key_ID\":\"x\",\"key\":\"AA==\"}]}"))
        .hasMessageContaining("is no UUID");
    assertThatThrownBy(
            () ->
                EtsiKey.parseContainer(
                    "{\"keys\":[{\"key_ID\":\"" + UUID.randomUUID() + "\",\"key\":\"*\"}]}"))
        .hasMessageContaining("not base64");
    assertThatThrownBy(() -> EtsiKey.parseContainer("{\"keys\":[{\"key\":\"AA==\"}]}"))
        .hasMessageContaining("without key_ID");
    assertThatThrownBy(() -> EtsiKey.parseContainer("<html>")).hasMessageContaining("not JSON");
  }

  @Test
  void errorMessageIsTheEtsiMessageOrAnExcerpt() {
    assertThat(EtsiKey.errorMessage("{\"message\":\"the key pool is empty\",\"details\":[]}"))
        .isEqualTo("the key pool is empty");
    assertThat(EtsiKey.errorMessage("<html>\n  Service   Unavailable </html>"))
        .isEqualTo("<html> Service Unavailable </html>");
    assertThat(EtsiKey.errorMessage("x".repeat(500))).hasSize(163).endsWith("...");
  }

  @Test
  void jsonReadsValuesAndRejectsGarbage() {
    assertThat(Json.parse(" {\"a\":[],\"b\":{},\"c\":-1.5} "))
        .isEqualTo(Map.of("a", List.of(), "b", Map.of(), "c", new BigDecimal("-1.5")));
    assertThat(Json.parse("\"\\\"\\\\\\/\\b\\f\\r\\t\"")).isEqualTo("\"\\/\b\f\r\t");
    for (String bad : new String[] {"", "{", "[1,]", "{\"a\" 1}", "tru", "1 2", "\"\\x\""}) {
      assertThatThrownBy(() -> Json.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void quoteRoundTrips() {
    String text = "a\"b\\c\nd\u0001é";
    assertThat(Json.parse(Json.quote(text))).isEqualTo(text);
  }
}
