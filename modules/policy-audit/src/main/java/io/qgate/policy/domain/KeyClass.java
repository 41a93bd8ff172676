package io.qgate.policy.domain;

/** Where a key comes from: QKD alone, QKD mixed with ML-KEM, or post-quantum cryptography alone. */
public enum KeyClass {
  QKD,
  HYBRID,
  PQC
}
