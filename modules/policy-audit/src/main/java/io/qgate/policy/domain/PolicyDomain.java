package io.qgate.policy.domain;

/** The business domain a policy governs; NETWORK covers the shared QKD links and relays. */
public enum PolicyDomain {
  GRID,
  HEALTH,
  INDUSTRIAL,
  NETWORK
}
