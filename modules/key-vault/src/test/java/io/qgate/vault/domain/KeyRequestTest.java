package io.qgate.vault.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.policy.domain.KeyClass;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyRequestTest {

  @ParameterizedTest(name = "number {0}, size {1} -> {2}")
  @CsvSource({
    "0, 256, number must be 1 to max_key_per_request",
    "129, 256, number must be 1 to max_key_per_request",
    "1, 100, size must be a multiple of 8",
    "1, 56, size must be from min_key_size",
    "1, 1032, size must be from min_key_size",
  })
  void refusesWhatThisKmeCannotServeWith400(int number, int size, String message) {
    assertThatThrownBy(() -> new KeyRequest(number, size, List.of(), KeyClass.QKD))
        .isInstanceOf(EtsiException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(400));
  }

  @ParameterizedTest
  @CsvSource({"1, 64", "128, 1024", "3, 264"})
  void acceptsTheAnnouncedRange(int number, int size) {
    assertThat(new KeyRequest(number, size, List.of(), KeyClass.QKD).number()).isEqualTo(number);
    assertThat(EtsiLimits.blocksFor(size)).isEqualTo((size + 255) / 256);
  }

  @ParameterizedTest
  @CsvSource({"9, QKD", "0, HYBRID", "0, PQC"})
  void refusesTooManySlavesAndClassesEtsiCannotCarry(int slaves, KeyClass keyClass) {
    assertThatThrownBy(() -> new KeyRequest(1, 256, Collections.nCopies(slaves, "sae-x"), keyClass))
        .isInstanceOf(EtsiException.class);
  }
}
