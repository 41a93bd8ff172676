package io.qgate.policy.domain;

import static io.qgate.policy.domain.KeyClass.HYBRID;
import static io.qgate.policy.domain.KeyClass.PQC;
import static io.qgate.policy.domain.KeyClass.QKD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyClassChoiceTest {

  private static final Optional<KeyClass> NONE = Optional.empty();

  @Test
  void withoutARequestThePolicysMostQuantumClassIsIssued() {
    assertThat(KeyClassChoice.choose(Set.of(QKD, HYBRID, PQC), NONE, NONE)).isEqualTo(QKD);
    assertThat(KeyClassChoice.choose(Set.of(HYBRID, PQC), NONE, NONE)).isEqualTo(HYBRID);
    assertThat(KeyClassChoice.choose(Set.of(PQC), NONE, NONE)).isEqualTo(PQC);
  }

  @Test
  void aRequiredClassIsTakenAsItIsEvenWhenThePolicyForbidsItSoTheDenialIsRecorded() {
    assertThat(KeyClassChoice.choose(Set.of(QKD), Optional.of(PQC), NONE)).isEqualTo(PQC);
    assertThat(KeyClassChoice.choose(Set.of(QKD, HYBRID), Optional.of(HYBRID), Optional.of(QKD)))
        .isEqualTo(HYBRID);
  }

  @Test
  void aPreferredClassIsHonouredOnlyWhereThePolicyAllowsIt() {
    assertThat(KeyClassChoice.choose(Set.of(QKD, HYBRID), NONE, Optional.of(HYBRID)))
        .isEqualTo(HYBRID);
    assertThat(KeyClassChoice.choose(Set.of(QKD, HYBRID), NONE, Optional.of(PQC))).isEqualTo(QKD);
  }

  @Test
  void pqcStandsInForAnEmptyPoolOnlyWhereAllowedAndNothingElseWasRequired() {
    assertThat(KeyClassChoice.fallbackForEmptyPool(Set.of(QKD, PQC), QKD, NONE)).contains(PQC);
    assertThat(KeyClassChoice.fallbackForEmptyPool(Set.of(QKD, HYBRID, PQC), HYBRID, NONE))
        .contains(PQC);
    assertThat(KeyClassChoice.fallbackForEmptyPool(Set.of(QKD, HYBRID), QKD, NONE)).isEmpty();
    assertThat(KeyClassChoice.fallbackForEmptyPool(Set.of(QKD, PQC), QKD, Optional.of(QKD)))
        .isEmpty();
    assertThat(KeyClassChoice.fallbackForEmptyPool(Set.of(PQC), PQC, NONE)).isEmpty();
  }
}
