package io.qgate.vault.interfaces.rest.etsi;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.application.EtsiStatus;
import io.qgate.vault.domain.IssuedKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The response objects of ETSI GS QKD 014 §6, as a client parses them. */
class EtsiRepliesTest {

  @Test
  void theKeyContainerCarriesEachKeyInBase64WithItsClassAndErasesItsBytes() {
    byte[] material = {1, 2, 3, 4, 5, 6, 7, 8};
    UUID keyId = UUID.randomUUID();
    IssuedKey key = new IssuedKey(keyId, KeyClass.HYBRID, material.clone());

    JsonObject container = parse(EtsiReplies.keyContainer(List.of(key)));

    JsonObject first = container.getJsonArray("keys").getJsonObject(0);
    assertThat(first.getString("key_ID")).isEqualTo(keyId.toString());
    assertThat(Base64.getDecoder().decode(first.getString("key"))).isEqualTo(material);
    assertThat(first.getJsonObject("key_extension").getString("key_class")).isEqualTo("HYBRID");
    assertThat(key.material()).containsOnly(0);
    assertThat(parse(EtsiReplies.keyContainer(List.of())).getJsonArray("keys")).isEmpty();
  }

  @Test
  void theStatusNamesBothKmesBothSaesTheStockAndTheLimits() {
    JsonObject status =
        parse(EtsiReplies.status(new EtsiStatus("kme-a", "kme-b", "sae-a", "sae-b", 42, 4096)));

    assertThat(status.getString("source_KME_ID")).isEqualTo("kme-a");
    assertThat(status.getString("target_KME_ID")).isEqualTo("kme-b");
    assertThat(status.getString("master_SAE_ID")).isEqualTo("sae-a");
    assertThat(status.getString("slave_SAE_ID")).isEqualTo("sae-b");
    assertThat(status.getInt("stored_key_count")).isEqualTo(42);
    assertThat(status.getInt("max_key_count")).isEqualTo(4096);
    assertThat(status.getInt("key_size")).isEqualTo(256);
    assertThat(status.getInt("max_key_per_request")).isEqualTo(128);
    assertThat(status.getInt("min_key_size")).isEqualTo(64);
    assertThat(status.getInt("max_key_size")).isEqualTo(1024);
    assertThat(status.getInt("max_SAE_ID_count")).isEqualTo(8);
  }

  @Test
  void anErrorQuotesWhatTheCallerSentSafelyAndHasDetailsOnlyWhenThereAreAny() {
    JsonObject error =
        parse(
            EtsiReplies.error(
                "SAE a\"b is not registered",
                List.of(Map.of("parameter", "slave_SAE_ID", "value", "a\"b"))));

    assertThat(error.getString("message")).isEqualTo("SAE a\"b is not registered");
    assertThat(error.getJsonArray("details").getJsonObject(0).getString("value")).isEqualTo("a\"b");
    assertThat(parse(EtsiReplies.error("no", List.of())).keySet()).containsExactly("message");
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
