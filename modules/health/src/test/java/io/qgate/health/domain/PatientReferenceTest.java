package io.qgate.health.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientReferenceTest {

  @Test
  void randomPseudonymsAreFhirIdsOf130RandomBits() {
    Set<String> seen = new HashSet<>();
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 1000; i++) {
      String value = PatientReference.random(random).value();
      assertThat(value).matches("Patient/p-[a-z2-7]{26}");
      assertThat(value.substring("Patient/".length())).matches("[A-Za-z0-9\\-.]{1,64}");
      seen.add(value);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void aSeedReplaysThePseudonym() {
    assertThat(PatientReference.random(new SplittableRandom(1)))
        .isEqualTo(PatientReference.random(new SplittableRandom(1)))
        .isNotEqualTo(PatientReference.random(new SplittableRandom(2)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Patient/12345",
        "Patient/john-smith",
        "Patient/p-ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Patient/p-abc",
        "Person/p-abcdefghijklmnopqrstuvwxyz",
        "p-abcdefghijklmnopqrstuvwxyz",
        ""
      })
  void refusesAnythingButAPseudonym(String reference) {
    assertThat(PatientReference.isPseudonym(reference)).isFalse();
    assertThatThrownBy(() -> new PatientReference(reference))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverPrintsThePseudonym() {
    PatientReference patient = PatientReference.random(new SplittableRandom(3));
    assertThat(patient.toString()).doesNotContain(patient.value().substring(10));
  }
}
