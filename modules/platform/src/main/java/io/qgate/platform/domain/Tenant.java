package io.qgate.platform.domain;

/**
 * Whose infrastructure something belongs to. Every role-based decision is also scoped by tenant;
 * SHARED marks what the operator runs for all tenants (core KMEs, trusted relays).
 */
public enum Tenant {
  UTILITY,
  HOSPITAL,
  PLANT,
  SHARED
}
