package io.qgate.platform.domain.access;

import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.Tenant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The tenants whose objects a list may show: never empty, SHARED always in (the network is
 * everyone's to see). Repositories filter by {@link #tenants()} so pages stay exact.
 */
public final class TenantScope {

  public static final TenantScope ALL = new TenantScope(EnumSet.allOf(Tenant.class));

  private final Set<Tenant> tenants;

  private TenantScope(Set<Tenant> tenants) {
    this.tenants = Set.copyOf(tenants);
  }

  /** {@code tenants} and SHARED. */
  public static TenantScope of(Set<Tenant> tenants) {
    EnumSet<Tenant> scope = EnumSet.of(Tenant.SHARED);
    scope.addAll(tenants);
    return new TenantScope(scope);
  }

  public boolean includes(Tenant tenant) {
    return tenants.contains(tenant);
  }

  public Set<Tenant> tenants() {
    return tenants;
  }

  /**
   * The scope of a list filtered by the tenant asked for, if any.
   *
   * @throws ForbiddenException if {@code asked} is outside this scope
   */
  public TenantScope narrowedTo(Tenant asked) {
    if (asked == null) {
      return this;
    }
    if (!includes(asked)) {
      throw new ForbiddenException("the objects of tenant " + asked + " are not yours to see");
    }
    return new TenantScope(EnumSet.of(asked));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TenantScope scope && scope.tenants.equals(tenants);
  }

  @Override
  public int hashCode() {
    return tenants.hashCode();
  }

  @Override
  public String toString() {
    return tenants.toString();
  }
}
