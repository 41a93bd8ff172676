package io.qgate.vault.domain.hybrid;

import java.util.Objects;
import java.util.UUID;

/**
 * Who a HYBRID key is for and which QKD key went into it; bound into the key by {@link
 * HybridKeyCombiner} together with the ML-KEM encapsulation key and ciphertext.
 *
 * @param qkdKeyId the QKD key's id in its pool (ETSI GS QKD 014 key_ID)
 * @param initiatorId party U, who encapsulates (e.g. the gateway, SAE or device id)
 * @param responderId party V, who holds the ML-KEM decapsulation key
 */
public record HybridKeyContext(UUID qkdKeyId, String initiatorId, String responderId) {

  public HybridKeyContext {
    Objects.requireNonNull(qkdKeyId, "qkdKeyId");
    if (initiatorId.isEmpty() || responderId.isEmpty()) {
      throw new IllegalArgumentException("initiator and responder ids must not be empty");
    }
  }
}
