package io.qgate.platform.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.Tenant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorTest {

  private final Operator grace =
      new Operator("grace", Set.of(Role.GRID_OPERATOR), Set.of(Tenant.UTILITY));
  private final Operator audrey =
      new Operator(
          "audrey", Set.of(Role.AUDITOR), Set.of(Tenant.UTILITY, Tenant.HOSPITAL, Tenant.PLANT));

  @Test
  void seesItsOwnTenantsAndTheSharedNetworkOnly() {
    assertThat(grace.sees(Tenant.UTILITY)).isTrue();
    assertThat(grace.sees(Tenant.SHARED)).isTrue();
    assertThat(grace.sees(Tenant.HOSPITAL)).isFalse();
    assertThatThrownBy(() -> grace.requireSees(Tenant.HOSPITAL, "device m-1"))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("HOSPITAL")
        .hasMessageContaining("device m-1");
  }

  @Test
  void listsAreScopedToTheOneTenantOrOpenToWhoeverSeesThemAll() {
    assertThat(grace.listScope(Optional.empty())).contains(Tenant.UTILITY);
    assertThat(grace.listScope(Optional.of(Tenant.UTILITY))).contains(Tenant.UTILITY);
    assertThatThrownBy(() -> grace.listScope(Optional.of(Tenant.HOSPITAL)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(audrey.listScope(Optional.empty())).isEmpty();
    assertThat(audrey.listScope(Optional.of(Tenant.PLANT))).contains(Tenant.PLANT);
  }

  @Test
  void someoneOfTwoTenantsMustNameOneAndSomeoneOfNoneIsRefused() {
    Operator two = new Operator("two", Set.of(Role.AUDITOR), Set.of(Tenant.UTILITY, Tenant.PLANT));
    assertThatThrownBy(() -> two.listScope(Optional.empty()))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("PLANT, UTILITY");
    Operator none = new Operator("none", Set.of(Role.AUDITOR), Set.of());
    assertThatThrownBy(() -> none.listScope(Optional.empty()))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("no tenant");
  }

  @Test
  void permissionsComeFromRolesAndTelemetryFromTheRolesDomain() {
    assertThat(grace.may(Permission.VIEW)).isTrue();
    assertThat(grace.may(Permission.EDIT_POLICIES)).isFalse();
    assertThat(grace.readsTelemetryOf("GRID")).isTrue();
    assertThat(grace.readsTelemetryOf("HEALTH")).isFalse();
    assertThat(audrey.readsTelemetryOf("GRID")).isFalse();
  }

  @Test
  void anonymousMayNothingAndSeesNoTenant() {
    assertThat(Operator.ANONYMOUS.isAnonymous()).isTrue();
    for (Permission permission : Permission.values()) {
      assertThat(Operator.ANONYMOUS.may(permission)).isFalse();
    }
    assertThat(Operator.ANONYMOUS.sees(Tenant.UTILITY)).isFalse();
    assertThat(new Operator("x", Set.of(), Set.of()).isAnonymous()).isFalse();
  }
}
