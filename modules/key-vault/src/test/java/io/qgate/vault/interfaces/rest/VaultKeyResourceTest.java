package io.qgate.vault.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VaultKeyResourceTest {

  @Test
  void aKeyIdIsACanonicalUuid() {
    UUID id = UUID.randomUUID();
    assertThat(VaultKeyResource.keyId(id.toString())).isEqualTo(id);
    assertThat(VaultKeyResource.keyId(id.toString().toUpperCase())).isEqualTo(id);
    for (String bad : new String[] {"1-1-1-1-1", "not-a-key", "", id + "0"}) {
      assertThatThrownBy(() -> VaultKeyResource.keyId(bad))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("keyId"));
    }
  }
}
