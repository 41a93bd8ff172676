package io.qgate.audit.domain;

/**
 * The security-relevant events the trail records. The first five are policy decisions at the
 * enforcement points of the same name.
 */
public enum AuditEventType {
  KEY_ISSUANCE,
  DEVICE_KEY_DERIVATION,
  TELEMETRY_ENCRYPTION,
  TELEMETRY_DECRYPTION,
  LINK_USE,
  KEY_DELIVERED,
  POLICY_CHANGED,
  DEVICE_REGISTERED,
  SAE_REGISTERED,
  CERTIFICATION_CHANGED,
  LOGIN,
  LINK_COMPROMISED,
  KEY_EXPIRED,
  KEY_REVOKED,
  KEY_QUARANTINED,
  KEK_REWRAPPED,
  LINK_CLEARED,
  EAVESDROPPER_ATTACHED,
  EAVESDROPPER_DETACHED,
  KEY_RELAYED,
  /** A gateway master key handed to a reader (an SAE, a domain consumer) to decrypt telemetry. */
  TELEMETRY_KEY_RELEASED,
  /** An operator acknowledged an alert of the alert store (who, when, their note). */
  ALERT_ACKNOWLEDGED
}
