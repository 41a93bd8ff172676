package io.qgate.policy.interfaces.rest;

import io.qgate.platform.domain.Tenant;
import io.qgate.platform.interfaces.rest.QueryParams;
import io.qgate.platform.interfaces.rest.RequiredFields;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyScope;

/** A policy scope from path or body parameters, with a 400 naming the bad one. */
final class Scopes {

  private Scopes() {}

  static PolicyScope of(String tenant, String domain) {
    Tenant t = QueryParams.enumValue(Tenant.class, tenant, "tenant");
    PolicyDomain d = QueryParams.enumValue(PolicyDomain.class, domain, "domain");
    RequiredFields.require(t, "tenant");
    RequiredFields.require(d, "domain");
    return new PolicyScope(t, d);
  }
}
