package io.qgate.policy.domain;

import io.qgate.platform.domain.Tenant;
import java.util.Objects;

/** Whose policy: one policy governs each tenant's use of each domain. */
public record PolicyScope(Tenant tenant, PolicyDomain domain) {

  public PolicyScope {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(domain, "domain");
  }

  @Override
  public String toString() {
    return tenant + "/" + domain;
  }
}
