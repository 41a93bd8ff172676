package io.qgate.policy.domain;

/** The rules a decision can rest on; their ids appear in denials and in the audit trail. */
public enum PolicyRule {
  POLICY_IN_FORCE("policy-in-force"),
  KEY_CLASS("allowed-key-classes"),
  LINK_QBER("max-link-qber"),
  DEVICE_REGISTERED("device-registered"),
  DEVICE_TENANT("device-tenant"),
  DEVICE_CERTIFICATION("required-certification"),
  AEAD_ALGORITHM("allowed-aead-algorithms"),
  KEY_AGE("max-key-age"),
  MESSAGES_PER_KEY("max-messages-per-key"),
  READER_ROLE("decrypt-reader-roles");

  private final String id;

  PolicyRule(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
