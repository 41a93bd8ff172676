package io.qgate.platform.interfaces.rest.access;

import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.ProblemDocument;
import io.qgate.platform.interfaces.rest.ProblemType;
import java.util.Optional;

/**
 * Why a request is refused, as the problem document the caller gets: 401 without a valid bearer
 * token, 403 when the caller's roles lack the permission (or the endpoint names none). The same
 * answer for the REST API ({@link AccessFilter}) and for the server's own endpoints the WAR guards
 * as a servlet filter ({@code /metrics}, {@code /openapi}).
 */
public final class AccessRefusal {

  /** The {@code WWW-Authenticate} challenge that goes with a 401. */
  public static final String BEARER_CHALLENGE = "Bearer realm=\"qgate\"";

  private AccessRefusal() {}

  /** Empty when {@code operator} may use an endpoint that needs {@code permission}. */
  public static Optional<ProblemDocument> of(Operator operator, Permission permission) {
    if (operator.isAnonymous()) {
      return Optional.of(
          ProblemDocument.of(
              ProblemType.UNAUTHORIZED,
              "sign in: this endpoint needs a bearer token from the qgate identity provider"));
    }
    if (permission == null || !operator.may(permission)) {
      return Optional.of(
          ProblemDocument.of(
              ProblemType.FORBIDDEN,
              permission == null
                  ? "this endpoint is closed: it declares no access rule"
                  : operator.name() + " lacks the permission " + permission + " here"));
    }
    return Optional.empty();
  }
}
