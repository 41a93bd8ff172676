package io.qgate.audit.domain;

import java.util.Optional;

/** Signs checkpoints of the chain with this instance's Ed25519 key. */
public interface CheckpointSigning {

  /** Signs the current head of the chain and stores the checkpoint; empty for an empty trail. */
  Optional<Checkpoint> signHead();

  /** The X.509 encoding of the public key that verifies this instance's checkpoints. */
  byte[] publicKeyX509();
}
