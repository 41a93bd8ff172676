package io.qgate.platform.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.Tenant;
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
  void listsShowOnesOwnTenantsAndTheSharedNetworkOrEverythingToWhoeverSeesEveryTenant() {
    assertThat(grace.scope().tenants()).containsExactlyInAnyOrder(Tenant.UTILITY, Tenant.SHARED);
    assertThat(audrey.scope()).isSameAs(TenantScope.ALL);
    assertThat(new Operator("none", Set.of(Role.AUDITOR), Set.of()).scope().tenants())
        .containsExactly(Tenant.SHARED);
  }

  @Test
  void aListNarrowedToATenantOutsideTheScopeIsRefused() {
    assertThat(grace.scope().narrowedTo(Tenant.UTILITY).tenants()).containsExactly(Tenant.UTILITY);
    assertThat(grace.scope().narrowedTo(null)).isEqualTo(grace.scope());
    assertThatThrownBy(() -> grace.scope().narrowedTo(Tenant.HOSPITAL))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("HOSPITAL");
    assertThat(TenantScope.ALL.narrowedTo(Tenant.PLANT).tenants()).containsExactly(Tenant.PLANT);
  }

  @Test
  void permissionsComeFromRoles() {
    assertThat(grace.may(Permission.VIEW)).isTrue();
    assertThat(grace.may(Permission.EDIT_POLICIES)).isFalse();
    assertThat(audrey.may(Permission.READ_AUDIT)).isTrue();
    assertThat(audrey.may(Permission.REGISTER_DEVICES)).isFalse();
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
