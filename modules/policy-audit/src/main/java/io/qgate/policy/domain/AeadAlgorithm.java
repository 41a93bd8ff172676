package io.qgate.policy.domain;

/** The authenticated ciphers telemetry may be encrypted with. */
public enum AeadAlgorithm {
  AES_256_GCM,
  /** NIST SP 800-232, the lightweight option for constrained devices. */
  ASCON_AEAD128
}
