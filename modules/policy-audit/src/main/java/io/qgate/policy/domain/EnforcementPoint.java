package io.qgate.policy.domain;

/** The places the platform asks the policy before acting. */
public enum EnforcementPoint {
  KEY_ISSUANCE,
  DEVICE_KEY_DERIVATION,
  TELEMETRY_ENCRYPTION,
  TELEMETRY_DECRYPTION,
  LINK_USE
}
