package io.qgate.platform.domain.access;

import static io.qgate.platform.domain.access.Permission.ACKNOWLEDGE_ALERTS;
import static io.qgate.platform.domain.access.Permission.CERTIFY_DEVICES;
import static io.qgate.platform.domain.access.Permission.EDIT_POLICIES;
import static io.qgate.platform.domain.access.Permission.MANAGE_KEYS;
import static io.qgate.platform.domain.access.Permission.MANAGE_NETWORK;
import static io.qgate.platform.domain.access.Permission.READ_AUDIT;
import static io.qgate.platform.domain.access.Permission.READ_METRICS;
import static io.qgate.platform.domain.access.Permission.REGISTER_DEVICES;
import static io.qgate.platform.domain.access.Permission.RUN_SIMULATIONS;
import static io.qgate.platform.domain.access.Permission.VIEW;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of the identity provider's realm (claim {@code groups}) and what each may do through
 * the API: the one place the platform's role matrix is written down (docs/access-control.md). Who
 * reads decrypted telemetry is not here: each domain's policy names its reader roles.
 */
public enum Role {
  GRID_OPERATOR("grid-operator", VIEW, REGISTER_DEVICES, ACKNOWLEDGE_ALERTS, RUN_SIMULATIONS),
  HOSPITAL_OPERATOR(
      "hospital-operator", VIEW, REGISTER_DEVICES, ACKNOWLEDGE_ALERTS, RUN_SIMULATIONS),
  PLANT_OPERATOR("plant-operator", VIEW, REGISTER_DEVICES, ACKNOWLEDGE_ALERTS, RUN_SIMULATIONS),
  SECURITY_OFFICER(
      "security-officer",
      VIEW,
      READ_AUDIT,
      CERTIFY_DEVICES,
      EDIT_POLICIES,
      MANAGE_KEYS,
      ACKNOWLEDGE_ALERTS,
      RUN_SIMULATIONS),
  AUDITOR("auditor", VIEW, READ_AUDIT),
  PLATFORM_ADMIN(
      "platform-admin",
      VIEW,
      READ_AUDIT,
      REGISTER_DEVICES,
      CERTIFY_DEVICES,
      EDIT_POLICIES,
      MANAGE_KEYS,
      MANAGE_NETWORK,
      ACKNOWLEDGE_ALERTS,
      RUN_SIMULATIONS,
      READ_METRICS),
  /** A service account of a metrics scraper (e.g. Prometheus with client credentials). */
  MONITORING("monitoring", READ_METRICS);

  private final String claim;
  private final Set<Permission> permissions;

  Role(String claim, Permission first, Permission... rest) {
    this.claim = claim;
    this.permissions = EnumSet.of(first, rest);
  }

  /** The role named as the realm names it (e.g. {@code grid-operator}); empty for other groups. */
  public static Optional<Role> ofClaim(String claim) {
    for (Role role : values()) {
      if (role.claim.equals(claim)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  public String claim() {
    return claim;
  }

  public boolean grants(Permission permission) {
    return permissions.contains(permission);
  }
}
