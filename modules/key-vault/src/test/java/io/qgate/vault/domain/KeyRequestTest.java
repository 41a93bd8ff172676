package io.qgate.vault.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.policy.domain.KeyClass;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    assertThatThrownBy(() -> KeyRequest.of(number, size, List.of()))
        .isInstanceOf(EtsiException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(400));
  }

  @ParameterizedTest
  @CsvSource({"1, 64", "128, 1024", "3, 264"})
  void acceptsTheAnnouncedRange(int number, int size) {
    assertThat(KeyRequest.of(number, size, List.of()).number()).isEqualTo(number);
    assertThat(EtsiLimits.blocksFor(size)).isEqualTo((size + 255) / 256);
  }

  @Test
  void refusesMoreAdditionalSlavesThanMaxSaeIdCount() {
    assertThatThrownBy(() -> KeyRequest.of(1, 256, Collections.nCopies(9, "sae-x")))
        .isInstanceOf(EtsiException.class)
        .hasMessageStartingWith("at most max_SAE_ID_count (8)");
    assertThat(KeyRequest.of(1, 256, Collections.nCopies(8, "sae-x")).additionalSlaves())
        .hasSize(8);
  }

  @ParameterizedTest
  @CsvSource({"HYBRID, 120", "HYBRID, 520", "PQC, 64", "PQC, 1024"})
  void derivedClassesRefuseSizesTheKdfCannotMakeWith400(KeyClass keyClass, int size) {
    assertThatThrownBy(() -> new KeyOrder(1, size, keyClass))
        .isInstanceOf(EtsiException.class)
        .hasMessageStartingWith(keyClass + " keys are 128 to 512 bits")
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(400));
    assertThat(KeyOrder.fits(keyClass, size)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"HYBRID, 128", "HYBRID, 512", "PQC, 256", "QKD, 64", "QKD, 1024"})
  void acceptsWhatEachClassCanMake(KeyClass keyClass, int size) {
    assertThat(new KeyOrder(3, size, keyClass).sizeBits()).isEqualTo(size);
    assertThat(KeyOrder.fits(keyClass, size)).isTrue();
  }
}
