package io.qgate.platform.interfaces.rest.access;

import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Role;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Operator} behind a request, read from the bearer token MicroProfile JWT validated:
 * roles from the {@code groups} claim, tenants from {@code tenants}. Names the token carries that
 * qgate does not know are ignored, so they grant nothing.
 */
public final class SignedIn {

  /** The claim holding the tenants a person works for (the realm's tenant groups). */
  public static final String TENANTS_CLAIM = "tenants";

  private SignedIn() {}

  public static Operator operator(SecurityContext security) {
    return operator(security == null ? null : security.getUserPrincipal());
  }

  /** The same from the principal itself (a servlet request's {@code getUserPrincipal()}). */
  public static Operator operator(Principal principal) {
    if (!(principal instanceof JsonWebToken token)) {
      return Operator.ANONYMOUS;
    }
    String name = Optional.ofNullable(token.getName()).filter(n -> !n.isBlank()).orElse("unnamed");
    return new Operator(name, roles(token.getGroups()), tenants(token.getClaim(TENANTS_CLAIM)));
  }

  private static Set<Role> roles(Set<String> groups) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (groups != null) {
      groups.forEach(group -> Role.ofClaim(group).ifPresent(roles::add));
    }
    return roles;
  }

  private static Set<Tenant> tenants(Object claim) {
    Set<Tenant> tenants = EnumSet.noneOf(Tenant.class);
    if (claim instanceof Collection<?> values) {
      for (Object value : values) {
        String text = value instanceof JsonString json ? json.getString() : String.valueOf(value);
        tenant(text).ifPresent(tenants::add);
      }
    }
    return tenants;
  }

  /** SHARED is not a tenant anyone works for: the network is everyone's to see anyway. */
  private static Optional<Tenant> tenant(String name) {
    for (Tenant tenant : Tenant.values()) {
      if (tenant != Tenant.SHARED && tenant.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(tenant);
      }
    }
    return Optional.empty();
  }
}
