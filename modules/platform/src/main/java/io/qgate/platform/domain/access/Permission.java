package io.qgate.platform.domain.access;

/**
 * What a person may do through the API. Roles grant permissions ({@link Role}); every REST method
 * names the one it needs. Only the {@code VIEW}/{@code READ} permissions are read-only.
 */
public enum Permission {
  /**
   * Links, nodes, pools, key metadata, devices, policies, pipeline status, alerts, the API's
   * description ({@code /openapi}).
   */
  VIEW(true),
  /** The audit trail, its verification and export, compliance reports. */
  READ_AUDIT(true),
  /** Register devices of one's tenants. */
  REGISTER_DEVICES(false),
  /** Certify devices and suspend or revoke their certifications. */
  CERTIFY_DEVICES(false),
  /** Revise policies; ask the policy engine for decisions (outside enforcement points). */
  EDIT_POLICIES(false),
  /** Revoke keys, quarantine a link's keys, clear a compromised link, sign audit checkpoints. */
  MANAGE_KEYS(false),
  /** Nodes, links, SAEs, the KEK, simulated eavesdroppers. */
  MANAGE_NETWORK(false),
  /** Acknowledge alerts of one's tenants. */
  ACKNOWLEDGE_ALERTS(false),
  /**
   * Start and cancel key-rate sweeps and architecture simulations (they use the instance's CPU, so
   * they are not read-only; they change no platform data).
   */
  RUN_SIMULATIONS(false),
  /** The instance's metrics ({@code /metrics}): scrapers (role {@code monitoring}) and admins. */
  READ_METRICS(true);

  private final boolean readOnly;

  Permission(boolean readOnly) {
    this.readOnly = readOnly;
  }

  public boolean readOnly() {
    return readOnly;
  }
}
