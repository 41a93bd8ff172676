package io.qgate.vault.interfaces.rest.etsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.EtsiException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EtsiJsonTest {

  @Test
  void readsAKeyRequestWithDefaults() {
    var request =
        EtsiJson.keyRequest(
            "{\"number\": 2, \"additional_slave_SAE_IDs\": [\"sae-b2\"], \"extension_optional\": [{\"x\": 1}]}");
    assertThat(request.number()).isEqualTo(2);
    assertThat(request.sizeBits()).isEqualTo(256);
    assertThat(request.additionalSlaves()).containsExactly("sae-b2");
  }

  @Test
  void aMandatoryKeyClassIsRequiredAndAnOptionalOneOnlyPreferred() {
    var open = EtsiJson.keyRequest("{}");
    var required = EtsiJson.keyRequest("{\"extension_mandatory\": [{\"key_class\": \"HYBRID\"}]}");
    var preferred =
        EtsiJson.keyRequest(
            "{\"extension_optional\": [{\"other\": true}, {\"key_class\": \"PQC\"}]}");

    assertThat(open.requiredClass()).isEmpty();
    assertThat(open.preferredClass()).isEmpty();
    assertThat(required.requiredClass()).contains(KeyClass.HYBRID);
    assertThat(required.preferredClass()).isEmpty();
    assertThat(preferred.requiredClass()).isEmpty();
    assertThat(preferred.preferredClass()).contains(KeyClass.PQC);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[1]",
        "{\"number\": \"two\"}",
        "{\"number\": 1.5}",
        "{\"size\": 99999999999}",
        "{\"additional_slave_SAE_IDs\": \"sae\"}",
        "{\"additional_slave_SAE_IDs\": [1]}",
        "{\"extension_mandatory\": [{\"route_type\": \"direct\"}]}",
        "{\"extension_mandatory\": [{\"key_class\": \"QUANTUM\"}]}",
        "{\"extension_optional\": [{\"key_class\": 3}]}",
        "{\"extension_optional\": [\"key_class\"]}"
      })
  void everyMalformedKeyRequestIsA400(String body) {
    assertThatThrownBy(() -> EtsiJson.keyRequest(body))
        .isInstanceOf(EtsiException.class)
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(400));
  }

  @Test
  void readsKeyIdsAndRefusesMalformedOnes() {
    UUID id = UUID.randomUUID();
    assertThat(EtsiJson.keyIds("{\"key_IDs\": [{\"key_ID\": \"" + id + "\"}]}"))
        .containsExactly(id);
    for (String body :
        new String[] {
          "{}",
          "{\"key_IDs\": {}}",
          "{\"key_IDs\": [\"x\"]}",
          "{\"key_IDs\": [{\"key_ID\": \"not-a-uuid\"}]}"
        }) {
      assertThatThrownBy(() -> EtsiJson.keyIds(body)).isInstanceOf(EtsiException.class);
    }
  }
}
