package io.qgate.platform.domain.access;

import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.Tenant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The person behind a request, as their token names them: roles and the tenants they work for.
 * Everything is refused to someone with no role, and every tenant's objects but SHARED ones (the
 * network all tenants use) to someone not of that tenant.
 */
public final class Operator {

  /** No token: may do nothing and sees nothing. */
  public static final Operator ANONYMOUS = new Operator("anonymous", Set.of(), Set.of());

  private final String name;
  private final Set<Role> roles;
  private final Set<Tenant> tenants;

  public Operator(String name, Set<Role> roles, Set<Tenant> tenants) {
    this.name = Objects.requireNonNull(name, "name");
    this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    this.tenants = tenants.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tenants));
  }

  public String name() {
    return name;
  }

  public Set<Role> roles() {
    return roles;
  }

  public Set<Tenant> tenants() {
    return tenants;
  }

  public boolean isAnonymous() {
    return this == ANONYMOUS;
  }

  public boolean may(Permission permission) {
    return roles.stream().anyMatch(role -> role.grants(permission));
  }

  /** Whether objects of {@code tenant} are this person's to see (SHARED ones are everyone's). */
  public boolean sees(Tenant tenant) {
    return tenant == Tenant.SHARED || tenants.contains(tenant);
  }

  /**
   * @throws ForbiddenException naming the tenant, if {@link #sees(Tenant)} is false
   */
  public void requireSees(Tenant tenant, String what) {
    if (!sees(tenant)) {
      throw new ForbiddenException(
          name + " does not work for tenant " + tenant + " and may not see " + what);
    }
  }

  /** The tenants whose objects lists show this person: all, or theirs and SHARED. */
  public TenantScope scope() {
    return tenants.containsAll(EnumSet.complementOf(EnumSet.of(Tenant.SHARED)))
        ? TenantScope.ALL
        : TenantScope.of(tenants);
  }

  @Override
  public String toString() {
    return name + " " + roles + " " + tenants;
  }
}
