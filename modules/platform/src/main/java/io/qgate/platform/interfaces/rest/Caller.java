package io.qgate.platform.interfaces.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who made a request, as the audit trail names them: the signed-in person's name from their token
 * (MicroProfile JWT: {@code upn}, else {@code preferred_username}), {@value #ANONYMOUS} otherwise.
 */
public final class Caller {

  public static final String ANONYMOUS = "anonymous";

  private Caller() {}

  public static String name(SecurityContext security) {
    return Optional.ofNullable(security)
        .map(SecurityContext::getUserPrincipal)
        .map(Principal::getName)
        .filter(name -> !name.isBlank())
        .orElse(ANONYMOUS);
  }
}
