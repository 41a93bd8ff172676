package io.qgate.platform.interfaces.rest.access;

import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Permission;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** 401 for a request without a valid bearer token, 403 for one whose roles lack the permission. */
@Priority(Priorities.AUTHORIZATION)
final class AccessFilter implements ContainerRequestFilter {

  private final Permission permission;

  AccessFilter(Permission permission) {
    this.permission = permission;
  }

  /** For methods without an access rule: nobody passes. */
  static AccessFilter refuseAll() {
    return new AccessFilter(null);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Operator operator = SignedIn.operator(request.getSecurityContext());
    AccessRefusal.of(operator, permission)
        .ifPresent(
            problem ->
                request.abortWith(
                    operator.isAnonymous()
                        ? problem.toResponseWith(
                            HttpHeaders.WWW_AUTHENTICATE, AccessRefusal.BEARER_CHALLENGE)
                        : problem.toResponse()));
  }
}
