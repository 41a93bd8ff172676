package io.qgate.platform.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleMatrixTest {

  @Test
  void rolesAreNamedAsTheRealmNamesThem() {
    assertThat(Arrays.stream(Role.values()).map(Role::claim))
        .containsExactlyInAnyOrder(
            "grid-operator",
            "hospital-operator",
            "plant-operator",
            "security-officer",
            "auditor",
            "platform-admin",
            "monitoring");
    assertThat(Role.ofClaim("auditor")).contains(Role.AUDITOR);
    assertThat(Role.ofClaim("Auditor")).isEmpty();
    assertThat(Role.ofClaim("offline_access")).isEmpty();
  }

  @Test
  void auditorsAreReadOnly() {
    assertThat(granted(Role.AUDITOR)).allMatch(Permission::readOnly);
    assertThat(granted(Role.AUDITOR)).contains(Permission.READ_AUDIT);
  }

  @Test
  void onlyPlatformAdminsChangeTheNetwork() {
    assertThat(
            Arrays.stream(Role.values())
                .filter(role -> role.grants(Permission.MANAGE_NETWORK))
                .collect(Collectors.toSet()))
        .containsExactly(Role.PLATFORM_ADMIN);
  }

  @Test
  void operatorsNeitherEditPoliciesNorManageKeysNorReadTheAuditTrail() {
    for (Role operator :
        EnumSet.of(Role.GRID_OPERATOR, Role.HOSPITAL_OPERATOR, Role.PLANT_OPERATOR)) {
      assertThat(granted(operator))
          .doesNotContain(
              Permission.EDIT_POLICIES,
              Permission.MANAGE_KEYS,
              Permission.READ_AUDIT,
              Permission.CERTIFY_DEVICES);
    }
  }

  @Test
  void everyoneButAuditorsRunsSimulations() {
    assertThat(
            Arrays.stream(Role.values())
                .filter(role -> role.grants(Permission.RUN_SIMULATIONS))
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            Role.GRID_OPERATOR,
            Role.HOSPITAL_OPERATOR,
            Role.PLANT_OPERATOR,
            Role.SECURITY_OFFICER,
            Role.PLATFORM_ADMIN);
    assertThat(Permission.RUN_SIMULATIONS.readOnly()).isFalse();
  }

  @Test
  void everyRoleOfAPersonViews() {
    assertThat(EnumSet.complementOf(EnumSet.of(Role.MONITORING)))
        .allMatch(role -> role.grants(Permission.VIEW));
  }

  @Test
  void metricsScrapersReadMetricsAndNothingElseAndOnlyAdminsJoinThem() {
    assertThat(granted(Role.MONITORING)).containsExactly(Permission.READ_METRICS);
    assertThat(
            Arrays.stream(Role.values())
                .filter(role -> role.grants(Permission.READ_METRICS))
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Role.MONITORING, Role.PLATFORM_ADMIN);
  }

  private static Set<Permission> granted(Role role) {
    return Arrays.stream(Permission.values()).filter(role::grants).collect(Collectors.toSet());
  }
}
