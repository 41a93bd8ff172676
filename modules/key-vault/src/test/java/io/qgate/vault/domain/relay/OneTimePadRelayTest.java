package io.qgate.vault.domain.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneTimePadRelayTest {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void theLastNodeRecoversTheKeyOverAnyNumberOfHops() {
    byte[] key = random(32);
    byte[] original = key.clone();

    byte[] recovered = OneTimePadRelay.carry(key, List.of(random(32), random(32), random(32)));

    assertThat(recovered).isEqualTo(original).isNotSameAs(key);
    assertThat(key).isEqualTo(original); // the caller's key is left as it was
  }

  @Test
  void aPadShorterThanTheKeyIsRefused() {
    assertThatThrownBy(() -> OneTimePadRelay.carry(random(32), List.of(random(16))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] random(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
