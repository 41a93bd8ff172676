package io.qgate.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.certification.domain.CertificationRequirement;
import io.qgate.certification.domain.CertificationScheme;
import io.qgate.platform.domain.InvalidInputException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

  @Test
  void refusesRulesThatCannotBeEnforced() {
    assertInvalid(() -> rules(Set.of(), 0.05, Set.of("ops")), "allowedKeyClasses");
    assertInvalid(() -> rules(Set.of(KeyClass.QKD), 0.0, Set.of("ops")), "maxLinkQber");
    assertInvalid(() -> rules(Set.of(KeyClass.QKD), 0.51, Set.of("ops")), "maxLinkQber");
    assertInvalid(
        () -> rules(Set.of(KeyClass.QKD), 0.05, Set.of("Not A Role")), "decryptReaderRoles");
    assertInvalid(
        () -> new CertificationRequirement(CertificationScheme.IEC_62443_4_2, 5),
        "requiredCertification.level");
  }

  @Test
  void aRevisionKeepsTheRulesItWasGivenAndCountsVersionsUp() {
    PolicyRules rules = rules(Set.of(KeyClass.QKD, KeyClass.HYBRID), 0.05, Set.of("ops"));
    PolicyScope scope =
        new PolicyScope(io.qgate.platform.domain.Tenant.PLANT, PolicyDomain.INDUSTRIAL);
    PolicyRevision first = PolicyRevision.first(scope, rules, "alice", "initial");
    PolicyRevision second =
        first.revise(rules(Set.of(KeyClass.QKD), 0.04, Set.of("ops")), "bob", "tighter");

    assertThat(first.version()).isEqualTo(1);
    assertThat(first.rules()).isEqualTo(rules);
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.rules().maxLinkQber()).isEqualTo(0.04);
    assertThat(second.snapshot().scope()).isEqualTo(scope);
  }

  @Test
  void setsAreStoredSortedAndReadBack() {
    KeyClassesConverter converter = new KeyClassesConverter();
    assertThat(converter.convertToDatabaseColumn(Set.of(KeyClass.QKD, KeyClass.HYBRID)))
        .isEqualTo("HYBRID,QKD");
    assertThat(converter.convertToEntityAttribute("QKD,HYBRID"))
        .containsExactlyInAnyOrder(KeyClass.QKD, KeyClass.HYBRID);
  }

  private static PolicyRules rules(Set<KeyClass> classes, double qber, Set<String> roles) {
    return new PolicyRules(
        classes,
        qber,
        Duration.ofSeconds(60),
        100,
        Set.of(AeadAlgorithm.AES_256_GCM),
        Optional.of(new CertificationRequirement(CertificationScheme.IEC_62443_4_2, 2)),
        roles,
        false,
        90);
  }

  private static void assertInvalid(Runnable construction, String field) {
    assertThatThrownBy(construction::run)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
  }
}
