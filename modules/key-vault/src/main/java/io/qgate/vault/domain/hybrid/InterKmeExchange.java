package io.qgate.vault.domain.hybrid;

import io.qgate.telemetry.keys.KeyMaterial;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * The ML-KEM-768 exchange between the master SAE's KME (initiator U) and the slave SAE's KME
 * (responder V) that turns QKD keys into HYBRID keys, or makes PQC keys without QKD. V makes a key
 * pair for this one request (so a later compromise of V reveals no past key), U encapsulates to it
 * per key, V decapsulates; the ciphertext is the only message. Both KMEs live in this vault, so
 * both sides run here — and each key is derived on both sides and compared, as two KMEs would
 * confirm it. Not thread-safe: one per request; {@link #close} destroys V's private key.
 */
public final class InterKmeExchange implements AutoCloseable {

  private final MlKemKeyPair responderKeys;
  private final String initiator;
  private final String responder;
  private final SecureRandom random;

  private InterKmeExchange(
      MlKemKeyPair responderKeys, String initiator, String responder, SecureRandom random) {
    this.responderKeys = responderKeys;
    this.initiator = initiator;
    this.responder = responder;
    this.random = random;
  }

  /** V's key pair for one request between the KMEs of two nodes. */
  public static InterKmeExchange between(
      String masterKmeId, String slaveKmeId, SecureRandom random) {
    return new InterKmeExchange(
        MlKem768.generateKeyPair(random), "kme:" + masterKmeId, "kme:" + slaveKmeId, random);
  }

  /** The HYBRID key of QKD key {@code qkdKey} (as long as it; 16 to 64 bytes). */
  public KeyMaterial hybrid(UUID keyId, KeyMaterial qkdKey) {
    HybridKeyContext context = new HybridKeyContext(keyId, initiator, responder);
    HybridKeyExchange.Initiation sent =
        HybridKeyExchange.initiate(
            responderKeys.publicKey(), qkdKey, context, random, qkdKey.length());
    try (KeyMaterial received =
        HybridKeyExchange.respond(
            responderKeys.privateKey(), sent.ciphertext(), qkdKey, context, qkdKey.length())) {
      return confirmed(sent.hybridKey(), received);
    }
  }

  /** A PQC key of {@code length} bytes (16 to 64), from ML-KEM alone. */
  public KeyMaterial pqc(UUID keyId, int length) {
    HybridKeyContext context = new HybridKeyContext(keyId, initiator, responder);
    MlKemPublicKey ek = responderKeys.publicKey();
    MlKemEncapsulation sent = MlKem768.encapsulate(ek, random);
    try (KeyMaterial received =
            MlKem768.decapsulate(responderKeys.privateKey(), sent.ciphertext());
        KeyMaterial theirs =
            PqcKeyDerivation.derive(received, ek, sent.ciphertext(), context, length)) {
      return confirmed(
          PqcKeyDerivation.derive(sent.sharedSecret(), ek, sent.ciphertext(), context, length),
          theirs);
    } finally {
      sent.destroy();
    }
  }

  private static KeyMaterial confirmed(KeyMaterial initiatorKey, KeyMaterial responderKey) {
    if (!initiatorKey.sameAs(responderKey)) {
      initiatorKey.destroy();
      throw new IllegalStateException("the two KMEs derived different keys");
    }
    return initiatorKey;
  }

  @Override
  public void close() {
    responderKeys.privateKey().destroy();
  }
}
